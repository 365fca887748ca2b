package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.CorpusBuild;

/** Offsets count Unicode code points, as the Web Annotation model does, also after characters outside the BMP. */
class OffsetsOutsideTheBasicPlaneTest {
    @TempDir Path dir;

    @Test
    void spansAfterAnEmojiAreCountedInCodePoints() throws Exception {
        String text = "Council meets 🏛️ over 𝔟udget 😀\n\n"
                + "The city council held a budget hearing on Monday. \"We cannot afford another year of cuts to the libraries,\" "
                + "Mayor Jane Okafor said at the hearing. Councilmember Luis Ortega warned that the reserve fund would run out by March.\n";
        Files.writeString(dir.resolve("emoji-council.txt"), text);
        CorpusBuild.Result r = CorpusBuild.create().articles(dir).progress(new PrintStream(PrintStream.nullOutputStream())).build().build();
        DatasetGraph dsg = r.dataset();
        var rows = Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.model(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(dsg.getUnionGraph())).query(SeedCorpus.query("provenance.rq")).build()) {
                return ResultSetFormatter.toList(qe.execSelect());
            }
        });
        assertFalse(rows.isEmpty(), "statements found");
        int[] cps = text.codePoints().toArray();
        assertTrue(cps.length < text.length(), "the text has characters outside the BMP");
        boolean quote = false;
        for (QuerySolution s : rows) {
            int start = s.getLiteral("start").getInt(), end = s.getLiteral("end").getInt();
            String exact = s.getLiteral("exact").getString();
            assertEquals(exact, new String(cps, start, end - start));
            if (exact.startsWith("We cannot afford")) {
                quote = true;
                assertEquals(text.codePointCount(0, text.indexOf("We cannot afford")), start);
            }
        }
        assertTrue(quote, "the quotation is a statement");
    }
}
