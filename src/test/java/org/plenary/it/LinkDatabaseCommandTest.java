package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.plenary.cli.PlenaryCommand;

/**
 * {@code link --db} on the seeds' real TDB2 database lists the links the offline table gives its people,
 * organizations and places. Their types and names live in the named graphs, so it must read the union graph.
 */
class LinkDatabaseCommandTest {
    @Test
    void linksTheEntitiesOfABuiltDatabase() {
        SeedCorpus seeds = SeedCorpus.get();
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = PlenaryCommand.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("link", "--db", seeds.dbDir.toString(), "--table", "data/wikidata/links.tsv");
        assertEquals(0, exit, err.toString());
        List<String[]> rows = out.toString().lines().map(l -> l.split("\t")).toList();
        assertTrue(rows.stream().allMatch(r -> r.length == 4 && r[1].matches("Q\\d+") && r[3].matches("accepted|candidate")), out.toString());

        Set<String> entities = seeds.select("""
                PREFIX pl: <https://w3id.org/plenary/ontology#>
                SELECT DISTINCT ?e WHERE { VALUES ?t { pl:Person pl:Organization pl:Place } ?e a ?t }""")
                .stream().map(r -> SeedCorpus.str(r, "e")).collect(Collectors.toSet());
        assertTrue(rows.stream().allMatch(r -> entities.contains(r[0])), "only entities of the database: " + out);
        // The seeds are about a meeting of the UN General Assembly, a curated row of the table.
        assertTrue(rows.stream().anyMatch(r -> r[1].equals("Q47423") && r[3].equals("accepted")
                && r[0].startsWith(seeds.iris.base() + "id/organization/")), out.toString());
    }
}
