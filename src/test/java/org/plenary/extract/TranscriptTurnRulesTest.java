package org.plenary.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.SourceCatalogue;

/**
 * Speaker turns of transcripts, interviews, parliamentary questions and minutes, each rule on a short article
 * written for it (src/test/resources/org/plenary/extract/statements/, not taken from any corpus).
 */
class TranscriptTurnRulesTest {
    @TempDir Path dir;

    private ArticleExtraction extract(String resource) throws IOException {
        Path f = dir.resolve(resource);
        try (InputStream in = TranscriptTurnRulesTest.class.getResourceAsStream("statements/" + resource)) {
            Files.copy(in, f);
        }
        return new ArticleExtractor(NlpPipeline.shared()).extract(new ArticleReader(SourceCatalogue.empty()).read(f));
    }

    /** "speaker name | direct or reported | text" for every statement, in text order. */
    private static List<String> said(ArticleExtraction a) {
        return a.statements().stream().map(s -> a.entity(s.speaker()).map(ExtractedEntity::name).orElse(s.speaker())
                + " | " + (s.direct() ? "direct" : "reported") + " | " + trim(s.text())).collect(Collectors.toList());
    }

    private static void assertSaid(List<String> said, String speaker, boolean direct, String text) {
        String want = speaker + " | " + (direct ? "direct" : "reported") + " | " + trim(text);
        assertTrue(said.contains(want), () -> "no statement " + want + " in\n" + String.join("\n", said));
    }

    private static String trim(String s) { return s.replaceAll("[\\s\\p{Punct}“”’]+$", ""); }

    @Test
    void aLabelAloneOnItsLineOpensATurnAndARoleLabelIsThePersonTheInterviewerAddresses() throws IOException {
        List<String> said = said(extract("interview-labels-on-own-lines.txt"));
        assertSaid(said, "Ruth Calder", true, "What did the meeting agree on the cod quota?");
        assertSaid(said, "Ruth Calder", true, "Will the fishermen accept that?");
        assertSaid(said, "Brannigan", true, "Thank you for having me.");
        assertSaid(said, "Brannigan", true, "We agreed to cut the quota by a tenth next year. The coastal states will review it again in the spring.");
        assertSaid(said, "Brannigan", true, "I think they will, because the cut is smaller than they feared.");
        // "Mr Brannigan, thank you for coming in" addresses him: it is the interviewer's, not his
        assertTrue(said.stream().noneMatch(s -> s.startsWith("Brannigan") && s.contains("coming in")), said::toString);
        assertEquals(6, said.size(), () -> String.join("\n", said));
    }

    @Test
    void aRoleLabelIsAlsoThePersonAddressedLaterInTheTranscript() throws IOException {
        List<String> said = said(extract("doorstop-role-label-addressed-later.txt"));
        assertSaid(said, "Halvorsen", true, "Thanks everyone for coming. I have just met the harbour board and we agreed on a plan for the new ferry terminal.");
        assertSaid(said, "Halvorsen", true, "The board will put the plan to the town council next week.");
        assertSaid(said, "Halvorsen", true, "Work starts in the autumn and should take two years.");
        // the reporter is unnamed: the question is no one's statement
        assertTrue(said.stream().noneMatch(s -> s.contains("expect the building to start")), said::toString);
    }

    @Test
    void namesUnderAListOfThosePresentAreNoSpeakersAndCallingAMeetingToOrderIsNoStatement() throws IOException {
        List<String> said = said(extract("minutes-staff-list-and-call-to-order.txt"));
        assertSaid(said, "Ewan Castellanos", false, "the lights on the north quay had been broken since March");
        assertSaid(said, "Marta Oyelaran", false, "the lights would be repaired before the end of the month");
        assertEquals(2, said.size(), () -> String.join("\n", said));
    }

    @Test
    void anOfficeAddressedByHonorificIsNoPersonAndItsTurnsAreNoOnesStatements() throws IOException {
        ArticleExtraction a = extract("oral-questions-office-address.txt");
        List<String> said = said(a);
        assertSaid(said, "Hanna Rossetti", true, "What progress has he made on the new cod quota?");
        assertSaid(said, "Tomasz Abernathy", true, "The coastal states agreed last week to cut the quota by a tenth.");
        assertSaid(said, "Hanna Rossetti", true, "Will the fishermen be compensated for the smaller catch?");
        assertSaid(said, "Tomasz Abernathy", true, "Yes, the compensation scheme opens in June.");
        assertTrue(said.stream().noneMatch(s -> s.contains("Order!")), said::toString);
        assertTrue(a.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase("Speaker")), () -> a.entities().toString());
    }
}
