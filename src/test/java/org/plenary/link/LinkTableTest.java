package org.plenary.link;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkTableTest {
    @Test
    void shippedTableHasTheIssueRowsEachWithEvidence() {
        LinkTable t = LinkTable.read(Path.of("data/wikidata/links.tsv"));
        assertEquals(TargetType.UN_ORGAN, t.get("Q47423").orElseThrow().type());
        assertEquals("New York City", t.get("Q60").orElseThrow().label());
        assertEquals(TargetType.COUNTRY, t.get("Q423").orElseThrow().type());
        assertTrue(t.get("Q423").orElseThrow().aliases().contains("DPRK"));
        for (LinkTarget row : t.targets()) {
            assertFalse(row.evidence().isEmpty(), row.qid());
            assertTrue(row.sources().stream().allMatch(s -> s.startsWith("https://")), row.qid());
        }
    }

    @Test
    void writeThenReadKeepsRowsAndComments(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("links.tsv");
        Files.writeString(file, "# my comment\nqid\tlabel\taliases\ttype\tevidence\tsource\n");
        LinkTable t = LinkTable.read(file).with(List.of(new LinkTarget("Q5", "Tab\tby", List.of("a|b", "c"),
                TargetType.HUMAN, List.of("wbgetentities 2025-01-01: P31=Q5"), List.of("https://www.wikidata.org/wiki/Q5"))));
        t.write(file);
        assertTrue(Files.readString(file).startsWith("# my comment\n"));
        LinkTarget back = LinkTable.read(file).get("Q5").orElseThrow();
        assertEquals("Tab by", back.label());
        assertEquals(List.of("a b", "c"), back.aliases());
        assertEquals(List.of("wbgetentities 2025-01-01: P31=Q5"), back.evidence());
    }

    @Test
    void rowWithoutEvidenceOrBadQidIsRejectedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("links.tsv");
        Files.writeString(file, "qid\tlabel\taliases\ttype\tevidence\tsource\nQ1\tX\t\tcountry\t\t\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LinkTable.read(file));
        assertTrue(e.getMessage().contains(":2:"), e.getMessage());
        Files.writeString(file, "qid\tlabel\taliases\ttype\tevidence\tsource\nX12\tX\t\tcountry\tseen\t\n");
        assertThrows(IllegalArgumentException.class, () -> LinkTable.read(file));
    }
}
