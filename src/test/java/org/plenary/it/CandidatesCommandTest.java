package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.cli.PlenaryCommand;
import picocli.CommandLine;

/**
 * A bare surname in one source and a full name in another are not merged on the surname alone: they stay a scored
 * candidate, which {@code plenary candidates} lists with its evidence and both sources.
 */
class CandidatesCommandTest {
    @TempDir Path dir;

    @Test
    void aBareSurnameInAnotherSourceIsListedAsACandidateNotMerged() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("gazette-budget.txt"), """
                Council adopts the city budget

                Mayor Teresa Okonkwo-Lindqvist opened the council meeting on Tuesday evening at City Hall.
                "We will balance this budget without cutting a single library," Mayor Teresa Okonkwo-Lindqvist said.
                """, StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("courier-budget.txt"), """
                Budget passes after long debate

                Mayor Okonkwo-Lindqvist told reporters after the vote that the libraries would stay open all summer.
                """, StandardCharsets.UTF_8);
        Path db = dir.resolve("db");
        assertEquals(0, new CommandLine(new PlenaryCommand()).execute("build", "--articles", articles.toString(), "--db", db.toString()));

        String csv = captureStdout(() -> new CommandLine(new PlenaryCommand()).execute("candidates", "--db", db.toString(), "--format", "json"));
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertEquals(List.of("candidate", "entity", "entityName", "other", "otherName", "score", "evidence", "sources"), rs.getResultVars());
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        QuerySolution pair = rows.stream()
                .filter(r -> r.contains("entityName") && r.contains("otherName"))
                .filter(r -> (r.getLiteral("entityName").getString() + "/" + r.getLiteral("otherName").getString()).contains("Teresa Okonkwo-Lindqvist"))
                .findFirst().orElseThrow(() -> new AssertionError("no candidate pair with the full name: " + csv));
        String names = pair.getLiteral("entityName").getString() + "/" + pair.getLiteral("otherName").getString();
        assertTrue(names.contains("Okonkwo-Lindqvist/") || names.endsWith("/Okonkwo-Lindqvist"), names);
        double score = pair.getLiteral("score").getDouble();
        assertTrue(score > 0 && score < 0.85, "below the merge threshold: " + score);
        assertTrue(pair.getLiteral("evidence").getString().contains("surname"), pair.getLiteral("evidence").getString());
        String sources = pair.getLiteral("sources").getString();
        assertTrue(sources.contains("gazette-budget") && sources.contains("courier-budget"), sources);
    }

    @Test
    void aMissingDatabaseExitsTwoNamingIt() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new PlenaryCommand()).setErr(new PrintWriter(err))
                .execute("candidates", "--db", dir.resolve("nowhere").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("nowhere"), err.toString());
    }

    private static String captureStdout(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
