package org.plenary.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speaker turns of transcripts, interviews, parliamentary questions and minutes, each rule on a short article
 * written for it (src/test/resources/org/plenary/extract/statements/, not taken from any corpus).
 */
class TranscriptTurnRulesTest {
    @TempDir Path dir;

    @Test
    void aLabelAloneOnItsLineOpensATurnAndARoleLabelIsThePersonTheInterviewerAddresses() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "interview-labels-on-own-lines.txt"));
        StatementsSaid.assertSaid(said, "Ruth Calder", true, "What did the meeting agree on the cod quota?");
        StatementsSaid.assertSaid(said, "Ruth Calder", true, "Will the fishermen accept that?");
        StatementsSaid.assertSaid(said, "Brannigan", true, "Thank you for having me.");
        StatementsSaid.assertSaid(said, "Brannigan", true, "We agreed to cut the quota by a tenth next year. The coastal states will review it again in the spring.");
        StatementsSaid.assertSaid(said, "Brannigan", true, "I think they will, because the cut is smaller than they feared.");
        // "Mr Brannigan, thank you for coming in" addresses him: it is the interviewer's, not his
        assertTrue(said.stream().noneMatch(s -> s.startsWith("Brannigan") && s.contains("coming in")), said::toString);
        assertEquals(6, said.size(), () -> String.join("\n", said));
    }

    @Test
    void aRoleLabelIsAlsoThePersonAddressedLaterInTheTranscript() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "doorstop-role-label-addressed-later.txt"));
        StatementsSaid.assertSaid(said, "Halvorsen", true, "Thanks everyone for coming. I have just met the harbour board and we agreed on a plan for the new ferry terminal.");
        StatementsSaid.assertSaid(said, "Halvorsen", true, "The board will put the plan to the town council next week.");
        StatementsSaid.assertSaid(said, "Halvorsen", true, "Work starts in the autumn and should take two years.");
        // the reporter is unnamed: the question is no one's statement
        assertTrue(said.stream().noneMatch(s -> s.contains("expect the building to start")), said::toString);
    }

    @Test
    void namesUnderAListOfThosePresentAreNoSpeakersAndCallingAMeetingToOrderIsNoStatement() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "minutes-staff-list-and-call-to-order.txt"));
        StatementsSaid.assertSaid(said, "Ewan Castellanos", false, "the lights on the north quay had been broken since March");
        StatementsSaid.assertSaid(said, "Marta Oyelaran", false, "the lights would be repaired before the end of the month");
        assertEquals(2, said.size(), () -> String.join("\n", said));
    }

    @Test
    void anOfficeAddressedByHonorificIsNoPersonAndItsTurnsAreNoOnesStatements() throws IOException {
        ArticleExtraction a = StatementsSaid.extract(dir, "oral-questions-office-address.txt");
        List<String> said = StatementsSaid.said(a);
        StatementsSaid.assertSaid(said, "Hanna Rossetti", true, "What progress has he made on the new cod quota?");
        StatementsSaid.assertSaid(said, "Tomasz Abernathy", true, "The coastal states agreed last week to cut the quota by a tenth.");
        StatementsSaid.assertSaid(said, "Hanna Rossetti", true, "Will the fishermen be compensated for the smaller catch?");
        StatementsSaid.assertSaid(said, "Tomasz Abernathy", true, "Yes, the compensation scheme opens in June.");
        assertTrue(said.stream().noneMatch(s -> s.contains("Order!")), said::toString);
        assertTrue(a.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase("Speaker")), () -> a.entities().toString());
    }
}
