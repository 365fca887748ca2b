package org.plenary.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collective and institutional speakers and the shapes of reported speech around them, each rule on a short article
 * written for it (src/test/resources/org/plenary/extract/statements/, not taken from any corpus).
 */
class CollectiveSpeakerRulesTest {
    @TempDir Path dir;

    private static void assertNoneHolds(List<String> said, String words) {
        assertTrue(said.stream().noneMatch(s -> s.contains(words)), () -> "a statement holds '" + words + "':\n" + String.join("\n", said));
    }

    @Test
    void aStatementDocumentsBodyParagraphsAreItsSpeakersOwnWordsAndItsHeadingsAreNot() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "statement-document.txt"));
        StatementsSaid.assertSaidBy(said, "Helena Marsh", true, "Today I joined my colleagues on the Harbour Board for our first open meeting of the "
                + "year, and I thank the staff for preparing it.");
        StatementsSaid.assertSaidBy(said, "Helena Marsh", true, "The channel has silted up faster than any survey predicted. We cannot wait another "
                + "season before we dredge it, and I will ask the Board to fund the work in April.");
        assertNoneHolds(said, "| Dredging the Channel");
    }

    @Test
    void weInACommuniqueIsTheBodyItDeclaresAndJointSubjectsGreetingsAndSilencesAreNoStatements() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "communique-first-person-plural.txt"));
        StatementsSaid.assertSaidBy(said, "Baltic Grain Council", false, "the importance of common rules for grain storage and transport across the region");
        assertNoneHolds(said, "Rasa Jonaitis to Riga");
        assertNoneHolds(said, "joint laboratory");
        assertNoneHolds(said, "silence");
    }

    @Test
    void aNamedSpokespersonSpeaksAndAnUnnamedOneIsTheMinistryAlsoAsHe() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "spokespersons.txt"));
        StatementsSaid.assertSaidBy(said, "Ingrid Dahl", false, "the ministry would publish the cost study in May");
        StatementsSaid.assertSaidBy(said, "Ministry of Infrastructure", true, "The route through the valley remains our preferred option");
        StatementsSaid.assertSaidBy(said, "Ministry of Infrastructure", false, "Stockholm would send engineers to survey the valley in the summer");
    }

    @Test
    void participlesNounsOfCommunicationNestedReportsAndTheyForAnOrganization() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "reported-speech-shapes.txt"));
        StatementsSaid.assertSaidBy(said, "Supreme Court", false, "the lease offered to the shipping firms was unlawful");
        StatementsSaid.assertSaidBy(said, "National Statistics Office", false, "cargo traffic fell by a third in 2023");
        StatementsSaid.assertSaidBy(said, "Luca Brandi", false, "the port authority withdraw the lease");
        StatementsSaid.assertSaidBy(said, "Valmora Gazette", false, "Governor Luca Brandi recommended the port authority withdraw the lease");
        StatementsSaid.assertSaidBy(said, "Ministry of Trade", false, "the shipping firms to open talks with the port authority");
    }
}
