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
 * The statement rules, each on a short article written for it (src/test/resources/org/plenary/extract/statements/,
 * not taken from any corpus): who said what, with the exact span.
 */
class StatementRulesTest {
    @TempDir Path dir;

    private ArticleExtraction extract(String resource) throws IOException {
        Path f = dir.resolve(resource);
        try (InputStream in = StatementRulesTest.class.getResourceAsStream("statements/" + resource)) {
            Files.copy(in, f);
        }
        return new ArticleExtractor(NlpPipeline.shared()).extract(new ArticleReader(SourceCatalogue.empty()).read(f));
    }

    /** "speaker name | first words of the text" for every statement, in text order. */
    private static List<String> said(ArticleExtraction a) {
        return a.statements().stream().map(s -> a.entity(s.speaker()).map(ExtractedEntity::name).orElse(s.speaker())
                + " | " + (s.direct() ? "direct" : "reported") + " | " + s.text()).collect(Collectors.toList());
    }

    /** Asserts the statement, its text compared as the scorer does: punctuation and spaces at its ends aside. */
    private static void assertSaid(List<String> said, String speaker, boolean direct, String text) {
        String want = speaker + " | " + (direct ? "direct" : "reported") + " | " + trim(text);
        assertTrue(said.stream().map(StatementRulesTest::trim).anyMatch(want::equals),
                () -> "no statement " + want + " in\n" + String.join("\n", said));
    }

    private static String trim(String s) { return s.replaceAll("[\\s\\p{Punct}“”’]+$", ""); }

    @Test
    void transcriptLabelsMakeEachParagraphOfATurnTheLabelledSpeakersStatementAndARoleLabelFindsItsHolder() throws IOException {
        ArticleExtraction a = extract("transcript-inline-labels.txt");
        List<String> said = said(a);
        assertSaid(said, "Margaret Okonjo", true, "Thank you all for coming. Today I met my counterparts from the five coastal "
                + "states, and we agreed to open talks on a common tariff schedule.");
        assertSaid(said, "Margaret Okonjo", true, "The talks will begin in March and we expect to finish them within a year.");
        assertSaid(said, "Margaret Okonjo", true, "Yes, the port upgrade goes ahead as planned. The funding is already in the budget.");
        assertSaid(said, "Margaret Okonjo", true, "We are still talking with our neighbours about the quotas, and I am hopeful.");
        // an unnamed questioner is no one's statement; the "Subjects:" line is no statement at all
        assertTrue(said.stream().noneMatch(s -> s.contains("will the port upgrade") || s.contains("regional trade talks")), said::toString);
    }

    @Test
    void namesOnTheirOwnLinesIntroduceTheParagraphsBelowAndASurnameLineIsTheFullNamesPerson() throws IOException {
        ArticleExtraction a = extract("parliamentary-name-lines.txt");
        List<String> said = said(a);
        assertSaid(said, "Alice Grantham", true, "To ask the Minister for Housing what was discussed at his meeting with the "
                + "harbour authority on 2 March.");
        assertSaid(said, "Peter Lowther", true, "The meeting discussed the repair of the north quay and the cost of dredging the channel.");
        assertSaid(said, "Alice Grantham", true, "Will the Minister publish the cost estimates before the summer recess?");
        assertSaid(said, "Peter Lowther", true, "I will place the estimates in the Library as soon as they are final.");
        assertEquals(4, said.size(), () -> String.join("\n", said));
    }

    @Test
    void aRoleLabelIsThePersonAnAttendanceListGivesThatRole() throws IOException {
        ArticleExtraction a = extract("committee-role-labels.txt");
        List<String> said = said(a);
        assertSaid(said, "Helen Wardrop", true, "Good morning, and thank you for coming to talk to us about rural bus routes.");
        assertSaid(said, "Daniel Okafor", true, "Thank you for inviting me. Since 2019 a third of rural routes have closed.");
        assertSaid(said, "Helen Wardrop", true, "What would reverse that decline?");
        assertSaid(said, "Daniel Okafor", true, "Stable funding for five years would let operators plan their timetables.");
        // the last name of the list of members introduces nothing, nor does the "Witness:" line
        assertEquals(4, said.size(), () -> String.join("\n", said));
    }

    @Test
    void aQuotationStandingAloneContinuesThePreviousSpeakerAndQuotedWordsInsideReportedSpeechAreTheSpeakersOwn() throws IOException {
        ArticleExtraction a = extract("quotations-around-reported-speech.txt");
        List<String> said = said(a);
        assertSaid(said, "Oskar Haraldsen", false, "the river authority had been \"slow and careless\" with the reserves");
        assertSaid(said, "Oskar Haraldsen", true, "slow and careless");
        assertSaid(said, "Oskar Haraldsen", true, "We cannot wait for another dry summer. The reservoirs must be filled this winter.");
        assertSaid(said, "Oskar Haraldsen", true, "The farmers have waited long enough");
    }

    @Test
    void aSpokeswomanSpeaksForHerOrganizationAndTheAgencyIsTheOrganizationNamedBefore() throws IOException {
        ArticleExtraction a = extract("quotations-around-reported-speech.txt");
        List<String> said = said(a);
        assertSaid(said, "Northern Water Agency", false, "the agency would publish new figures next week");
        assertSaid(said, "Northern Water Agency", false, "it would also open two new pumping stations before the summer");
    }

    @Test
    void theItemsOfAListIntroducedByAVerbOfCommunicationAreTheSpeakersStatements() throws IOException {
        ArticleExtraction a = extract("statements-in-lists.txt");
        List<String> said = said(a);
        assertSaid(said, "Beatrix Calloway", false, "the reservoirs must be filled before the summer");
        assertSaid(said, "Beatrix Calloway", false, "farmers will receive help with the cost of water");
        assertSaid(said, "Beatrix Calloway", false, "the states will share their rainfall data every week");
    }

    @Test
    void anOfficeTitleAsSpeakerIsThePersonTheTextGivesThatTitle() throws IOException {
        ArticleExtraction a = extract("office-titles-as-speakers.txt");
        List<String> said = said(a);
        assertSaid(said, "Lucinda Ferreira-Holt", false, "the government would invest in the harbour over the next five years");
        assertSaid(said, "Gregor Vance", false, "the workers wanted a written promise");
    }

    @Test
    void membersSpeakingForTheirBodyAndTheBodyNamedByItsNounAreTheOrganization() throws IOException {
        ArticleExtraction a = extract("collective-speakers.txt");
        List<String> said = said(a);
        assertSaid(said, "Nordic Council", false, "the cod quota would be cut by a tenth next year");
        assertSaid(said, "Nordic Council", false, "coastal communities would receive support for new boats");
    }

    @Test
    void aQuotationOverSeveralParagraphsIsOneStatementPerParagraph() throws IOException {
        ArticleExtraction a = extract("statement-over-paragraphs.txt");
        List<String> said = said(a);
        assertSaid(said, "Ingrid Solberg", true, "We discussed the quota for next year and the price of fuel with the fishermen.");
        assertSaid(said, "Ingrid Solberg", true, "I will propose a longer season for small boats when the Commission meets in June.");
        assertEquals(2, said.size(), () -> String.join("\n", said));
    }

    @Test
    void aVerbThatMarksSpeechOnlyBesideAQuotationAndOtherQuotationCuesAttributeIt() throws IOException {
        ArticleExtraction a = extract("quotation-speakers.txt");
        List<String> said = said(a);
        // "continued" and "shouted" beside a quotation mark its speaker ...
        assertSaid(said, "Helen Mensah", true, "Prices are still rising faster than wages,");
        assertSaid(said, "Daniel Osei", true, "Nobody here wants higher taxes on bread,");
        // ... but away from one they report nothing
        assertTrue(said.stream().noneMatch(x -> x.contains("defend the budget")), said::toString);
        // a quotation standing alone after a sentence whose subject was named after the last statement: that subject
        assertSaid(said, "Helen Mensah", true, "The bank is independent and it will stay independent.");
        // party and state in brackets after the name; the verb nearest the quotation; a speaker named after the verb
        assertSaid(said, "Samuel Adeyemi", true, "The levee money must reach the valley this year,");
        assertSaid(said, "Daniel Osei", true, "The budget did that all by itself.");
        assertSaid(said, "Ruth Bello", true, "If the rains fail again, the farms fail with them,");
        // a show's title in quotation marks is no one's words; the quoted words of the reported speech are his
        assertTrue(said.stream().noneMatch(x -> x.contains("The Morning Show")), said::toString);
        assertSaid(said, "Samuel Adeyemi", true, "a cruel joke on the valley.");
        // an attribution line: a dash and a name after the quotation
        assertSaid(said, "Ruth Bello", true, "The valley deserves a plan that lasts longer than one election.");
    }
}
