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

    @Test
    void oneLabelNamingAPersonOpensATurnOverAllTheParagraphsBelowIt() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "remarks-one-speaker-label.txt"));
        StatementsSaid.assertSaid(said, "Margaret Okonkwo-Lind", true, "Good morning, everyone. It is a pleasure to open the harbour festival again this year.");
        StatementsSaid.assertSaid(said, "Margaret Okonkwo-Lind", true, "The new fish market will open in May, and the ferry timetable will change in June.");
        StatementsSaid.assertSaid(said, "Margaret Okonkwo-Lind", true, "I want to thank the volunteers who have made this week possible.");
        // the label's title and role are not the name
        assertTrue(said.stream().noneMatch(s -> s.startsWith("Right") || s.contains("Minister of Fisheries |")), said::toString);
    }

    @Test
    void oneCapitalsLabelWithAnHonorificIsASpeakerByFamilyName() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "briefing-one-capitals-label.txt"));
        StatementsSaid.assertSaid(said, "Vasquez-Torres", true, "Good afternoon. We are seeing the first flu cases of the season earlier than usual this year.");
        StatementsSaid.assertSaid(said, "Vasquez-Torres", true, "Most of the cases so far are in children under five, and the hospitals report no shortage of beds.");
        StatementsSaid.assertSaid(said, "Vasquez-Torres", true, "We urge everyone over six months old to get a flu shot before the end of October.");
        assertEquals(3, said.size(), () -> String.join("\n", said));
    }

    @Test
    void oneLabelThatNamesNoPersonMakesNoTranscript() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "release-one-contact-label.txt"));
        assertTrue(said.stream().noneMatch(s -> s.contains("Press Office, Harbour Board")), said::toString);
        assertTrue(said.stream().noneMatch(s -> s.contains("| direct |")), said::toString);
    }

    @Test
    void remarksWithNoLabelAreTheSpeakerTheHeadlineNamesBeforeTheEvent() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "media-availability-title-names-speaker.txt"));
        StatementsSaid.assertSaid(said, "Rachel Kettering", true, "Good morning, everyone. Thank you for coming out on such a cold day.");
        StatementsSaid.assertSaid(said, "Rachel Kettering", true, "Yesterday I met with the mayors of the five river towns about the flood defences. "
                + "We agreed that the province will pay for the new levee at Port Elwin.");
        StatementsSaid.assertSaid(said, "Rachel Kettering", true, "Work on the levee starts in April and will take two years.");
    }

    @Test
    void numberedPanelsAreNoSpeakersAndItIsFairToSayIsTheChairsOwnWords() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "committee-evidence-panels.txt"));
        StatementsSaid.assertSaid(said, "Fiona Castellane", true, "Welcome to this meeting of the committee. I think it would be fair to say that "
                + "the Harbour Authority has had a difficult winter.");
        StatementsSaid.assertSaid(said, "Fiona Castellane", true, "We would like to hear what you plan for the summer.");
        StatementsSaid.assertSaid(said, "Daniel Oyelowo-Hart", true, "Thank you, Chair. We will add two crossings a day from June.");
        StatementsSaid.assertSaid(said, "Robert Ndiaye", true, "Will the fares go up?");
        assertEquals(4, said.size(), () -> String.join("\n", said));
    }

    @Test
    void recordLabelsTheChairsTitleAndInterjectionsOfAHearing() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "house-hearing-record-labels.txt"));
        StatementsSaid.assertSaid(said, "Ann Delacroix", true, "The subcommittee will come to order. Today we examine the safety of passenger ferries on the Great Lakes.");
        StatementsSaid.assertSaid(said, "Ann Delacroix", true, "I now recognize the ranking member for his opening statement.");
        StatementsSaid.assertSaid(said, "Brandt", true, "Thank you, Madam Chairwoman. Three ferries ran aground on Lake Erie last summer, and nobody has told us why.");
        StatementsSaid.assertSaid(said, "Okafor", true, "Thank you for inviting me. Ferry accidents fell by a third last year.");
        // the chair named by title alone is the member presiding
        StatementsSaid.assertSaid(said, "Ann Delacroix", true, "How many inspectors does your office have?");
        StatementsSaid.assertSaid(said, "Okafor", true, "We have forty inspectors for the whole region.");
        StatementsSaid.assertSaid(said, "Brandt", true, "Forty is not enough for five lakes.");
        assertTrue(said.stream().noneMatch(s -> s.contains("STATEMENT OF") || s.contains("Laughter")), said::toString);
        assertEquals(7, said.size(), () -> String.join("\n", said));
    }

    @Test
    void labelsWithConstituencyAndPartyAndInterjectionsOfUnnamedMembers() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "commons-committee-constituency-labels.txt"));
        StatementsSaid.assertSaid(said, "Paul Tremblay-Osei", true, "Good morning, everyone. We are continuing our study of the cod quota.");
        StatementsSaid.assertSaid(said, "Gary Whitfield", true, "Thank you, Chair. Can the minister tell us when the quota will be set?");
        StatementsSaid.assertSaid(said, "Lena Marchetti", true, "The quota will be set in March, after the science review.");
        StatementsSaid.assertSaid(said, "Paul Tremblay-Osei", true, "Thank you, Minister.");
        // "Some hon. members" are no one in particular, and their interjection is not the member's before them
        assertTrue(said.stream().noneMatch(s -> s.contains("Oh, oh")), said::toString);
    }

    @Test
    void aQuestionMarkedQIsNoOnesAndTheAnswersAreTheLabelledSpeakers() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "briefing-q-and-a.txt"));
        StatementsSaid.assertSaid(said, "Helen Soberg", true, "Good afternoon. The new container terminal opens on Monday, two weeks ahead of schedule.");
        StatementsSaid.assertSaid(said, "Helen Soberg", true, "We have hired two hundred people already, and we will hire fifty more by June.");
        StatementsSaid.assertSaid(said, "Helen Soberg", true, "The terminal cost 300 million dollars, all of it from the port's own budget.");
        assertTrue(said.stream().noneMatch(s -> s.contains("more staff") || s.contains("And the cost")), said::toString);
    }

    @Test
    void openingRemarksAndUnlabelledAnswersAreTheSpeakerTheHeadlineNames() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "press-conference-unlabelled-answers.txt"));
        StatementsSaid.assertSaid(said, "Ilse Brandvold", true, "Good afternoon, and thank you for coming. I have just chaired the spring meeting of the harbour commission.");
        StatementsSaid.assertSaid(said, "Ilse Brandvold", true, "We agreed to dredge the north channel in May, and to open the new pier to cruise ships in July.");
        StatementsSaid.assertSaid(said, "Ilse Brandvold", true, "About four million euros, which the commission will pay from its reserves.");
        StatementsSaid.assertSaid(said, "Ilse Brandvold", true, "They will, and we are working with the town council on a shuttle bus from the pier.");
        // the reporters' questions are no one's
        assertTrue(said.stream().noneMatch(s -> s.contains("how much") || s.contains("old town")), said::toString);
    }

    @Test
    void answersMarkedAAfterQuestionsMarkedQAreTheIntervieweeTheHeadlineNames() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "interview-q-and-a-letters.txt"));
        StatementsSaid.assertSaid(said, "Tobias Renwick-Adeyemi", true, "We decided to rebuild it. The work will start in September and cost about two million pounds.");
        StatementsSaid.assertSaid(said, "Tobias Renwick-Adeyemi", true, "Yes. The ferry will use the temporary landing at the north quay until the spring.");
        assertTrue(said.stream().noneMatch(s -> s.contains("What did the council") || s.contains("Will the ferry run")), said::toString);
    }

    @Test
    void theChairmanIsTheMemberTheRecordSaysPresides() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "hearing-chairman-presiding.txt"));
        StatementsSaid.assertSaid(said, "Walter Quist", true, "The committee will come to order. We meet to review the dredging budget for the coming year.");
        StatementsSaid.assertSaid(said, "Amundsen", true, "Thank you, Mr. Chairman. The budget asks for twice what we spent last year.");
        StatementsSaid.assertSaid(said, "Walter Quist", true, "The gentlewoman is right, and we will ask the Corps of Engineers why.");
    }

    @Test
    void remarksWithNoLabelAreThoseOfTheSpeakerWhoIntroducesHerself() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "board-meeting-chair-introduces-herself.txt"));
        StatementsSaid.assertSaid(said, "Margit Ekholm", true, "Good evening. My name is Margit Ekholm and I serve as the chair of the Lower Vale "
                + "River Authority. With me tonight are Vice Chair Tomas Brandt and Board Member Lena Okafor.");
        StatementsSaid.assertSaid(said, "Margit Ekholm", true, "Tonight the board will vote on the budget for the new flood wall. "
                + "Our meetings are \"open\" meetings: the public may watch, but only members and staff will speak.");
        StatementsSaid.assertSaid(said, "Margit Ekholm", true, "First, I want to thank the county engineers who surveyed the embankment after the spring floods.");
        // the colleagues she introduces say nothing
        assertTrue(said.stream().noneMatch(s -> s.startsWith("Tomas Brandt") || s.startsWith("Lena Okafor")), said::toString);
    }

    @Test
    void openingRemarksBeforeTheFirstLabelAreThoseOfTheSpeakerWhoIntroducesHimself() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "press-conference-speaker-introduces-himself.txt"));
        StatementsSaid.assertSaid(said, "Ansel Thorvik", true, "Good morning, everyone. I'm Mayor Ansel Thorvik, and I have just come from the meeting of the harbour board.");
        StatementsSaid.assertSaid(said, "Ansel Thorvik", true, "We agreed to dredge the north channel before the summer, and the work will close the ferry berth for two weeks.");
        StatementsSaid.assertSaid(said, "Ansel Thorvik", true, "About two million euros, which the port will pay from its reserves.");
        assertTrue(said.stream().noneMatch(s -> s.contains("How much")), said::toString);
    }

    @Test
    void aFirstPersonSentenceThatNamesNoOneIntroducesNoSpeaker() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "release-first-person-no-introduction.txt"));
        // "I am pleased" is no self-introduction: the release's first paragraph is nobody's direct statement
        assertTrue(said.stream().noneMatch(s -> s.contains("| direct |") && s.contains("pleased to report")), said::toString);
    }

    @Test
    void aLabelThatIsAnOrganizationsNameIsTheOrganizationSpeaking() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "media-call-organization-label.txt"));
        StatementsSaid.assertSaid(said, "Lower Vale River Authority", true, "Thank you for joining us this morning. We will hear first from the chief "
                + "engineer of the Lower Vale River Authority, and then take your questions.");
        StatementsSaid.assertSaid(said, "Margit Ekholm", true, "Thank you. The flood wall held overnight, and the river has fallen by a metre since midnight.");
        // the operator is no one named
        assertTrue(said.stream().noneMatch(s -> s.contains("lines are muted")), said::toString);
    }

    @Test
    void aTurnCutOffMidSentenceIsStillATurnOfItsLabelsSpeaker() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "briefing-interrupted-turns.txt"));
        StatementsSaid.assertSaid(said, "Oddvar Lie", true, "Shall I tell you about the storm first or --");
        StatementsSaid.assertSaid(said, "Oddvar Lie", true, "-- no, I'm fine, thank you. The storm is past and the boats are safe.");
        StatementsSaid.assertSaid(said, "Oddvar Lie", true, "Tomorrow morning, once the divers have checked the berth.");
        assertTrue(said.stream().noneMatch(s -> s.contains("How are you") || s.contains("ferry run")), said::toString);
    }

    @Test
    void oneMembersNameOnItsLineOverSpeechInTheFirstPersonIsTheSpeakerOfItsParagraphs() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "debate-one-member-speech.txt"));
        StatementsSaid.assertSaid(said, "Alice Grantham", true, "It is a pleasure to open this debate. I speak for the harbour towns of the north "
                + "coast, whose ferries have run aground twice this winter.");
        StatementsSaid.assertSaid(said, "Alice Grantham", true, "We ask the Government to pay for the dredging of the north channel before the "
                + "summer, as the harbour board asked in March.");
    }

    @Test
    void namesOverParagraphsAboutThemInTheThirdPersonAreNoSpeakers() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "profile-name-heading.txt"));
        assertTrue(said.stream().noneMatch(s -> s.contains("| direct |")), said::toString);
    }

    @Test
    void unidentifiedSpeakersNumberedApartAreNoOneAndEndTheTurnBefore() throws IOException {
        List<String> said = StatementsSaid.said(StatementsSaid.extract(dir, "teleconference-unidentified-speakers.txt"));
        StatementsSaid.assertSaid(said, "Margit Ekholm", true, "Good afternoon. The flood wall held overnight, and we expect the river to fall by a metre before morning.");
        StatementsSaid.assertSaid(said, "Margit Ekholm", true, "Tomorrow, once the divers have checked the berth.");
        // "Unidentified Female 2:" asks; her question is not the engineer's turn going on
        assertTrue(said.stream().noneMatch(s -> s.contains("ferry run") || s.contains("joining")), said::toString);
    }
}
