package org.plenary.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statement rules, each on a short article written for it (src/test/resources/org/plenary/extract/statements/,
 * not taken from any corpus): who said what, with the exact span.
 */
class StatementRulesTest {
    @TempDir Path dir;

    @Test
    void transcriptLabelsMakeEachParagraphOfATurnTheLabelledSpeakersStatementAndARoleLabelFindsItsHolder() throws IOException {
        ArticleExtraction a = StatementsSaid.extract(dir, "transcript-inline-labels.txt");
        List<String> said = StatementsSaid.said(a);
        StatementsSaid.assertSaid(said, "Margaret Okonjo", true, "Thank you all for coming. Today I met my counterparts from the five coastal "
                + "states, and we agreed to open talks on a common tariff schedule.");
        StatementsSaid.assertSaid(said, "Margaret Okonjo", true, "The talks will begin in March and we expect to finish them within a year.");
        StatementsSaid.assertSaid(said, "Margaret Okonjo", true, "Yes, the port upgrade goes ahead as planned. The funding is already in the budget.");
        StatementsSaid.assertSaid(said, "Margaret Okonjo", true, "We are still talking with our neighbours about the quotas, and I am hopeful.");
        // an unnamed questioner is no one's statement; the "Subjects:" line is no statement at all
        assertTrue(said.stream().noneMatch(s -> s.contains("will the port upgrade") || s.contains("regional trade talks")), said::toString);
    }

    @Test
    void namesOnTheirOwnLinesIntroduceTheParagraphsBelowAndASurnameLineIsTheFullNamesPerson() throws IOException {
        ArticleExtraction a = StatementsSaid.extract(dir, "parliamentary-name-lines.txt");
        List<String> said = StatementsSaid.said(a);
        StatementsSaid.assertSaid(said, "Alice Grantham", true, "To ask the Minister for Housing what was discussed at his meeting with the "
                + "harbour authority on 2 March.");
        StatementsSaid.assertSaid(said, "Peter Lowther", true, "The meeting discussed the repair of the north quay and the cost of dredging the channel.");
        StatementsSaid.assertSaid(said, "Alice Grantham", true, "Will the Minister publish the cost estimates before the summer recess?");
        StatementsSaid.assertSaid(said, "Peter Lowther", true, "I will place the estimates in the Library as soon as they are final.");
        assertEquals(4, said.size(), () -> String.join("\n", said));
    }

    @Test
    void aRoleLabelIsThePersonAnAttendanceListGivesThatRole() throws IOException {
        ArticleExtraction a = StatementsSaid.extract(dir, "committee-role-labels.txt");
        List<String> said = StatementsSaid.said(a);
        StatementsSaid.assertSaid(said, "Helen Wardrop", true, "Good morning, and thank you for coming to talk to us about rural bus routes.");
        StatementsSaid.assertSaid(said, "Daniel Okafor", true, "Thank you for inviting me. Since 2019 a third of rural routes have closed.");
        StatementsSaid.assertSaid(said, "Helen Wardrop", true, "What would reverse that decline?");
        StatementsSaid.assertSaid(said, "Daniel Okafor", true, "Stable funding for five years would let operators plan their timetables.");
        // the last name of the list of members introduces nothing, nor does the "Witness:" line
        assertEquals(4, said.size(), () -> String.join("\n", said));
    }

    @Test
    void aQuotationStandingAloneContinuesThePreviousSpeakerAndQuotedWordsInsideReportedSpeechAreTheSpeakersOwn() throws IOException {
        ArticleExtraction a = StatementsSaid.extract(dir, "quotations-around-reported-speech.txt");
        List<String> said = StatementsSaid.said(a);
        StatementsSaid.assertSaid(said, "Oskar Haraldsen", false, "the river authority had been \"slow and careless\" with the reserves");
        StatementsSaid.assertSaid(said, "Oskar Haraldsen", true, "slow and careless");
        StatementsSaid.assertSaid(said, "Oskar Haraldsen", true, "We cannot wait for another dry summer. The reservoirs must be filled this winter.");
        StatementsSaid.assertSaid(said, "Oskar Haraldsen", true, "The farmers have waited long enough");
    }

    @Test
    void aSpokeswomanSpeaksForHerOrganizationAndTheAgencyIsTheOrganizationNamedBefore() throws IOException {
        ArticleExtraction a = StatementsSaid.extract(dir, "quotations-around-reported-speech.txt");
        List<String> said = StatementsSaid.said(a);
        StatementsSaid.assertSaid(said, "Northern Water Agency", false, "the agency would publish new figures next week");
        StatementsSaid.assertSaid(said, "Northern Water Agency", false, "it would also open two new pumping stations before the summer");
    }

    @Test
    void theItemsOfAListIntroducedByAVerbOfCommunicationAreTheSpeakersStatements() throws IOException {
        ArticleExtraction a = StatementsSaid.extract(dir, "statements-in-lists.txt");
        List<String> said = StatementsSaid.said(a);
        StatementsSaid.assertSaid(said, "Beatrix Calloway", false, "the reservoirs must be filled before the summer");
        StatementsSaid.assertSaid(said, "Beatrix Calloway", false, "farmers will receive help with the cost of water");
        StatementsSaid.assertSaid(said, "Beatrix Calloway", false, "the states will share their rainfall data every week");
    }

    @Test
    void anOfficeTitleAsSpeakerIsThePersonTheTextGivesThatTitle() throws IOException {
        ArticleExtraction a = StatementsSaid.extract(dir, "office-titles-as-speakers.txt");
        List<String> said = StatementsSaid.said(a);
        StatementsSaid.assertSaid(said, "Lucinda Ferreira-Holt", false, "the government would invest in the harbour over the next five years");
        StatementsSaid.assertSaid(said, "Gregor Vance", false, "the workers wanted a written promise");
    }

    @Test
    void membersSpeakingForTheirBodyAndTheBodyNamedByItsNounAreTheOrganization() throws IOException {
        ArticleExtraction a = StatementsSaid.extract(dir, "collective-speakers.txt");
        List<String> said = StatementsSaid.said(a);
        StatementsSaid.assertSaid(said, "Nordic Council", false, "the cod quota would be cut by a tenth next year");
        StatementsSaid.assertSaid(said, "Nordic Council", false, "coastal communities would receive support for new boats");
    }

    @Test
    void aQuotationOverSeveralParagraphsIsOneStatementPerParagraph() throws IOException {
        ArticleExtraction a = StatementsSaid.extract(dir, "statement-over-paragraphs.txt");
        List<String> said = StatementsSaid.said(a);
        StatementsSaid.assertSaid(said, "Ingrid Solberg", true, "We discussed the quota for next year and the price of fuel with the fishermen.");
        StatementsSaid.assertSaid(said, "Ingrid Solberg", true, "I will propose a longer season for small boats when the Commission meets in June.");
        assertEquals(2, said.size(), () -> String.join("\n", said));
    }

    @Test
    void aVerbThatMarksSpeechOnlyBesideAQuotationAndOtherQuotationCuesAttributeIt() throws IOException {
        ArticleExtraction a = StatementsSaid.extract(dir, "quotation-speakers.txt");
        List<String> said = StatementsSaid.said(a);
        // "continued" and "shouted" beside a quotation mark its speaker ...
        StatementsSaid.assertSaid(said, "Helen Mensah", true, "Prices are still rising faster than wages,");
        StatementsSaid.assertSaid(said, "Daniel Osei", true, "Nobody here wants higher taxes on bread,");
        // ... but away from one they report nothing
        assertTrue(said.stream().noneMatch(x -> x.contains("defend the budget")), said::toString);
        // a quotation standing alone after a sentence whose subject was named after the last statement: that subject
        StatementsSaid.assertSaid(said, "Helen Mensah", true, "The bank is independent and it will stay independent.");
        // party and state in brackets after the name; the verb nearest the quotation; a speaker named after the verb
        StatementsSaid.assertSaid(said, "Samuel Adeyemi", true, "The levee money must reach the valley this year,");
        StatementsSaid.assertSaid(said, "Daniel Osei", true, "The budget did that all by itself.");
        StatementsSaid.assertSaid(said, "Ruth Bello", true, "If the rains fail again, the farms fail with them,");
        // a show's title in quotation marks is no one's words; the quoted words of the reported speech are his
        assertTrue(said.stream().noneMatch(x -> x.contains("The Morning Show")), said::toString);
        StatementsSaid.assertSaid(said, "Samuel Adeyemi", true, "a cruel joke on the valley.");
        // an attribution line: a dash and a name after the quotation
        StatementsSaid.assertSaid(said, "Ruth Bello", true, "The valley deserves a plan that lasts longer than one election.");
    }

    @Test
    void aNameCutOffFromItsVerbAndAPersonReferredToAgainByATitleOrEpithetSpeak() throws IOException {
        ArticleExtraction a = StatementsSaid.extract(dir, "quotation-speakers-cut-and-described.txt");
        List<String> said = StatementsSaid.said(a);
        // "(D-Ore.)" ends a sentence for the splitter: "said on Monday." still has her as its subject
        StatementsSaid.assertSaid(said, "Ana Ruiz", true, "We will not close the clinic. It serves the whole valley,");
        StatementsSaid.assertSaid(said, "Ana Ruiz", true, "The money is already there.");
        // "the banker", "the senator": the person the text named and put at the centre of attention
        StatementsSaid.assertSaid(said, "Helen Mensah", true, "It will cost twice what the state says,");
        StatementsSaid.assertSaid(said, "Tom Becker", true, "Nobody in this valley can pay them,");
        // a quotation split around its attribution: the short first half is hers too, and so the rest
        StatementsSaid.assertSaid(said, "Helen Mensah", true, "That,");
        StatementsSaid.assertSaid(said, "Helen Mensah", true, "would ruin the valley.");
        // one or two quoted words are the reported statement's, however much of it they make up; "branded" reports
        StatementsSaid.assertSaid(said, "Ana Ruiz", false, "the toll collectors \"liars\" and \"cowards.\"");
        StatementsSaid.assertSaid(said, "Tom Becker", false, "the new tolls \"theft\" and \"extortion.\"");
        // a title capitalized on its own names an office's holder, whom the text never named: no one's statement here
        assertTrue(said.stream().noneMatch(x -> x.contains("veto the valley bill")), said::toString);
    }

    @Test
    void aHeadlineGivingAPersonsClaimAfterTheNameAndAColonIsThatPersonsStatement() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "headline-speaker.txt"));
        StatementsSaid.assertSaid(said, "Ana Ruiz", false, "Valley Clinic Will Stay Open Through the Winter");
        StatementsSaid.assertSaid(said, "Ana Ruiz", false, "the money for the winter was already in the budget");
    }

    @Test
    void aHeadlineNamingADocumentOfAPersonBeforeTheColonIsNoStatement() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "headline-document-title.txt"));
        assertTrue(said.stream().noneMatch(x -> x.contains("Tolls on the Valley Road")), said::toString);
        StatementsSaid.assertSaid(said, "Tom Becker", false, "the tolls would end in March");
    }

    @Test
    void aBodyCalledTheGroupACandidatesCampaignAndAPartyMemberSpeakForTheOnesNamedBefore() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "organization-descriptions.txt"));
        // "the group": no name holds the word, so the organization at the centre of attention, as "it" would be
        StatementsSaid.assertSaid(said, "Valley Growers Alliance", false, "the reservoirs would be empty by August unless the rains came early");
        // "X's campaign says": the candidate it speaks for
        StatementsSaid.assertSaid(said, "Ana Ruiz", false, "she will visit every farm in the valley before the vote");
        // "the Salem Republican": a party member's noun, capitalized by convention, is the person named before
        StatementsSaid.assertSaid(said, "Tom Becker", false, "the tolls on the valley road would end in March");
    }

    @Test
    void reportedSpeechWithoutThatAndWithTheAttributionSetOffByCommasIsTheSpeakers() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "reported-speech-without-that.txt"));
        // "said much of ... was": the parse takes "much" for the object; a finite verb after it makes it a clause
        StatementsSaid.assertSaid(said, "Ana Ruiz", false, "much of her talk with the council was about the budget for the clinic");
        // "X, Becker said, Y": what was said starts after the attribution
        StatementsSaid.assertSaid(said, "Tom Becker", false, "will open to traffic in the spring");
        // a relative clause after the object is no clause of what was said
        assertTrue(said.stream().noneMatch(x -> x.contains("letter")), said::toString);
    }
}
