package org.plenary.extract;

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
 * Collective and institutional speakers and the shapes of reported speech around them, each rule on a short article
 * written for it (src/test/resources/org/plenary/extract/statements/, not taken from any corpus).
 */
class CollectiveSpeakerRulesTest {
    @TempDir Path dir;

    private ArticleExtraction extract(String resource) throws IOException {
        Path f = dir.resolve(resource);
        try (InputStream in = CollectiveSpeakerRulesTest.class.getResourceAsStream("statements/" + resource)) {
            Files.copy(in, f);
        }
        return new ArticleExtractor(NlpPipeline.shared()).extract(new ArticleReader(SourceCatalogue.empty()).read(f));
    }

    /** "speaker name | direct or reported | text" for every statement, in text order. */
    private static List<String> said(ArticleExtraction a) {
        return a.statements().stream().map(s -> a.entity(s.speaker()).map(ExtractedEntity::name).orElse(s.speaker())
                + " | " + (s.direct() ? "direct" : "reported") + " | " + trim(s.text())).collect(Collectors.toList());
    }

    /** A statement whose speaker's name holds {@code speaker}, with this text (punctuation at its end aside). */
    private static void assertSaid(List<String> said, String speaker, boolean direct, String text) {
        String tail = " | " + (direct ? "direct" : "reported") + " | " + trim(text);
        assertTrue(said.stream().anyMatch(s -> s.endsWith(tail) && s.substring(0, s.length() - tail.length()).contains(speaker)),
                () -> "no statement of " + speaker + tail + " in\n" + String.join("\n", said));
    }

    private static void assertNoneHolds(List<String> said, String words) {
        assertTrue(said.stream().noneMatch(s -> s.contains(words)), () -> "a statement holds '" + words + "':\n" + String.join("\n", said));
    }

    private static String trim(String s) { return s.replaceAll("[\\s\\p{Punct}“”’]+$", ""); }

    @Test
    void aStatementDocumentsBodyParagraphsAreItsSpeakersOwnWordsAndItsHeadingsAreNot() throws IOException {
        List<String> said = said(extract("statement-document.txt"));
        assertSaid(said, "Helena Marsh", true, "Today I joined my colleagues on the Harbour Board for our first open meeting of the "
                + "year, and I thank the staff for preparing it.");
        assertSaid(said, "Helena Marsh", true, "The channel has silted up faster than any survey predicted. We cannot wait another "
                + "season before we dredge it, and I will ask the Board to fund the work in April.");
        assertNoneHolds(said, "| Dredging the Channel");
    }

    @Test
    void weInACommuniqueIsTheBodyItDeclaresAndJointSubjectsGreetingsAndSilencesAreNoStatements() throws IOException {
        List<String> said = said(extract("communique-first-person-plural.txt"));
        assertSaid(said, "Baltic Grain Council", false, "the importance of common rules for grain storage and transport across the region");
        assertNoneHolds(said, "Rasa Jonaitis to Riga");
        assertNoneHolds(said, "joint laboratory");
        assertNoneHolds(said, "silence");
    }

    @Test
    void aNamedSpokespersonSpeaksAndAnUnnamedOneIsTheMinistryAlsoAsHe() throws IOException {
        List<String> said = said(extract("spokespersons.txt"));
        assertSaid(said, "Ingrid Dahl", false, "the ministry would publish the cost study in May");
        assertSaid(said, "Ministry of Infrastructure", true, "The route through the valley remains our preferred option");
        assertSaid(said, "Ministry of Infrastructure", false, "Stockholm would send engineers to survey the valley in the summer");
    }

    @Test
    void participlesNounsOfCommunicationNestedReportsAndTheyForAnOrganization() throws IOException {
        List<String> said = said(extract("reported-speech-shapes.txt"));
        assertSaid(said, "Supreme Court", false, "the lease offered to the shipping firms was unlawful");
        assertSaid(said, "National Statistics Office", false, "cargo traffic fell by a third in 2023");
        assertSaid(said, "Luca Brandi", false, "the port authority withdraw the lease");
        assertSaid(said, "Valmora Gazette", false, "Governor Luca Brandi recommended the port authority withdraw the lease");
        assertSaid(said, "Ministry of Trade", false, "the shipping firms to open talks with the port authority");
    }
}
