package org.plenary.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.SourceCatalogue;

/**
 * The general rules that correct the NER model's names, each on a short article written for the rule (not taken
 * from the corpora): names cut at a generational suffix, companies named after people, shortened and re-spelled
 * names of one person, headline capitals, words of a title run into an organization's name.
 */
class NameRulesTest {
    @TempDir Path dir;

    private ArticleExtraction extract(String text) throws IOException {
        Path f = dir.resolve("rule-article.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return new ArticleExtractor(NlpPipeline.shared()).extract(new ArticleReader(SourceCatalogue.empty()).read(f));
    }

    private static List<ExtractedEntity> of(ArticleExtraction a, EntityKind kind) {
        return a.entities().stream().filter(e -> e.kind() == kind).toList();
    }

    private static Set<String> names(ArticleExtraction a, EntityKind kind) {
        return of(a, kind).stream().map(ExtractedEntity::name).collect(Collectors.toSet());
    }

    @Test
    void aGenerationalSuffixIsNotAPersonAndAShortFormOfTheGivenNameIsTheSamePerson() throws IOException {
        ArticleExtraction a = extract("""
                Readout of President Bob Whitfield’s Meeting with Governors

                President Robert L. Whitfield, Jr. met today with the governors of three states at the Capitol. \
                President Whitfield thanked the governors for their work on flood relief.
                """);
        assertEquals(1, of(a, EntityKind.PERSON).size(), () -> names(a, EntityKind.PERSON).toString());
        assertFalse(names(a, EntityKind.PERSON).stream().anyMatch(n -> n.startsWith("Jr")));
    }

    @Test
    void aFamilyNameOfTwoWordsAndANameWithADifferentHyphenAreTheFullNamesPerson() throws IOException {
        ArticleExtraction a = extract("""
                Leaders meet in the capital

                President Andrés Manuel Ortega Salazar received Prime Minister Park Ji-Hoon on Monday. \
                President Ortega Salazar said the talks were frank. Prime Minister Park Ji Hoon said his country \
                would open a consulate.
                """);
        assertEquals(2, of(a, EntityKind.PERSON).size(), () -> names(a, EntityKind.PERSON).toString());
    }

    @Test
    void twoPeopleSharingAFamilyNameStayApart() throws IOException {
        ArticleExtraction a = extract("""
                Council hears two witnesses

                Mary Lindqvist and her brother Thomas Lindqvist testified before the city council on Tuesday. \
                Mary Lindqvist said the bridge was unsafe.
                """);
        assertEquals(Set.of("Mary Lindqvist", "Thomas Lindqvist"), names(a, EntityKind.PERSON));
    }

    @Test
    void aPersonWithAnAcronymInBracketsIsACompany() throws IOException {
        ArticleExtraction a = extract("""
                Senator opens plant

                Senator Ann Brooks helped cut the ribbon on a new Archer Daniels Midland (ADM) plant on Wednesday. \
                She said companies like ADM create jobs.
                """);
        assertFalse(names(a, EntityKind.PERSON).contains("Archer Daniels Midland"), () -> names(a, EntityKind.PERSON).toString());
        assertTrue(names(a, EntityKind.ORGANIZATION).contains("Archer Daniels Midland"), () -> names(a, EntityKind.ORGANIZATION).toString());
    }

    @Test
    void aHeadlineOrganizationIsKeptOnlyAsFarAsTheBodyNamesIt() throws IOException {
        ArticleExtraction a = extract("""
                Government Expels BBC Reporters Ahead Of Congress

                The government has expelled a group of BBC reporters, apparently because it disliked their reports. \
                The BBC said it regretted the decision.
                """);
        Set<String> orgs = names(a, EntityKind.ORGANIZATION);
        assertTrue(orgs.contains("BBC"), orgs::toString);
        assertTrue(orgs.stream().noneMatch(o -> o.contains("Expels")), orgs::toString);
    }

    @Test
    void aTitleAfterAnOrganizationIsNotPartOfItsName() throws IOException {
        ArticleExtraction a = extract("""
                Statement on the visit

                White House Press Secretary Dana Cole said on Friday that the President will host the Prime Minister. \
                Officials from the Department of Defense Fiscal year 2024 program briefed the governors. \
                The Council of Chief State School Officers met the Secretary on Monday.
                """);
        Set<String> orgs = names(a, EntityKind.ORGANIZATION);
        assertTrue(orgs.contains("White House"), orgs::toString);
        assertTrue(orgs.contains("Department of Defense"), orgs::toString);
        assertTrue(orgs.contains("Council of Chief State School Officers"), orgs::toString);
        assertTrue(orgs.stream().noneMatch(o -> o.endsWith("Press") || o.endsWith("Fiscal")), orgs::toString);
    }

    @Test
    void peopleOfAnOrganizationInThePluralAreNotTheOrganization() throws IOException {
        ArticleExtraction a = extract("""
                Readout of the convening

                The White House hosted a convening of County Association Presidents and Executive Directors on Friday.
                """);
        assertTrue(names(a, EntityKind.ORGANIZATION).stream().noneMatch(o -> o.endsWith("Presidents")),
                () -> names(a, EntityKind.ORGANIZATION).toString());
    }

    @Test
    void aNameAfterAPersonsTitleIsAPerson() throws IOException {
        ArticleExtraction a = extract("""
                Readout of the meeting with newly elected mayors

                The officials heard from Mayor-elect Hollis Winthrop, Brooklyn Park, MN, and from Mayor Jane Ortiz, Salem, OR.
                """);
        assertTrue(names(a, EntityKind.PERSON).contains("Hollis Winthrop"), () -> names(a, EntityKind.PERSON).toString());
        assertFalse(names(a, EntityKind.ORGANIZATION).contains("Hollis Winthrop"));
    }

    @Test
    void noBreakSpacesInANameAreSpaces() throws IOException {
        ArticleExtraction a = extract("""
                Statement on the meeting

                On Friday, President Lena Brandt will welcome the Prime Minister of Norway. \
                President\u00a0Lena\u00a0Brandt looks forward to it. President Brandt will also meet the press.
                """);
        assertEquals(Set.of("Lena Brandt"), names(a, EntityKind.PERSON));
    }

    @Test
    void aPortfolioAfterSecretaryOfIsNoOrganizationAndTheHolderFusedToItIsAPerson() throws IOException {
        ArticleExtraction a = extract("""
                Readout of the meeting with newly elected mayors

                The mayors heard from Secretary of Housing and Urban Development Marcia Fudge, Secretary of \
                Agriculture Tom Vilsack and the Department of Transportation.
                """);
        Set<String> orgs = names(a, EntityKind.ORGANIZATION);
        assertTrue(names(a, EntityKind.PERSON).contains("Marcia Fudge"), () -> names(a, EntityKind.PERSON).toString());
        assertTrue(orgs.stream().noneMatch(o -> o.contains("Housing") || o.equals("Agriculture")), orgs::toString);
        assertTrue(orgs.contains("Department of Transportation"), orgs::toString);
    }

    @Test
    void anAcronymTakingMoreThanInitialsJoinsItsLongName() throws IOException {
        ArticleExtraction a = extract("""
                Counties meet in the capital

                The Association of Rural Counties (ARCO) met on Friday. ARCO said it would ask for more funds.
                """);
        List<ExtractedEntity> orgs = of(a, EntityKind.ORGANIZATION);
        assertEquals(1, orgs.size(), orgs::toString);
        assertTrue(orgs.get(0).altNames().contains("ARCO") || orgs.get(0).name().equals("ARCO"), orgs::toString);
    }

    @Test
    void aNameWithAMiddleInitialIsAPersonAndACityBeforeAStateIsAPlace() throws IOException {
        ArticleExtraction a = extract("""
                Board votes on rates

                Voting for the action were Marlon T. Fairweather, Chair; Austan D. Goolsbee; and Priya K. Raman. \
                The board also heard Mayor Jane Ortiz, Newport News, VA.
                """);
        assertTrue(names(a, EntityKind.PERSON).containsAll(Set.of("Marlon T. Fairweather", "Austan D. Goolsbee", "Priya K. Raman")),
                () -> names(a, EntityKind.PERSON).toString());
        assertFalse(names(a, EntityKind.ORGANIZATION).contains("Newport News"), () -> names(a, EntityKind.ORGANIZATION).toString());
    }

    @Test
    void aBareOrganizationWordInTwoArticlesIsNotOneOrganization() throws IOException {
        Path one = dir.resolve("committee-one.txt"), two = dir.resolve("committee-two.txt");
        Files.writeString(one, "Rates held\n\nThe Federal Open Market Committee met on Tuesday. The Committee held rates.\n");
        Files.writeString(two, "Bill advances\n\nThe Senate Finance Committee met on Monday. The Committee approved the bill.\n");
        var extractor = new ArticleExtractor(NlpPipeline.shared());
        var reader = new ArticleReader(SourceCatalogue.empty());
        var resolution = new org.plenary.resolve.EntityResolver(org.plenary.resolve.NameMatcher.standard())
                .resolve(List.of(extractor.extract(reader.read(one)), extractor.extract(reader.read(two))));
        for (var e : resolution.distinctEntities())
            assertTrue(e.members().stream().map(org.plenary.resolve.EntityRef::sourceId).distinct().count() == 1,
                    () -> "merged across articles: " + e);
    }

    @Test
    void anOrganizationWordModifyingANounAndAnUnnamedCommitteeAreNoOrganizations() throws IOException {
        ArticleExtraction a = extract("""
                Rates held after two-day meeting

                The Committee decided to hold the target range. The Committee will continue to monitor inflation. \
                The senator said he is working with Senate colleagues and will attend the House-Senate conference.
                """);
        Set<String> orgs = names(a, EntityKind.ORGANIZATION);
        assertTrue(orgs.stream().noneMatch(o -> o.equals("Committee") || o.equals("Senate") || o.equals("House-Senate")), orgs::toString);
    }

    @Test
    void aNamedCommitteeKeepsItsBareReferences() throws IOException {
        ArticleExtraction a = extract("""
                Committee approves bill

                The Senate Finance Committee met on Monday. The Committee approved the bill by a vote of 14 to 12.
                """);
        List<ExtractedEntity> orgs = of(a, EntityKind.ORGANIZATION);
        assertEquals(1, orgs.size(), orgs::toString);
        assertEquals(2, orgs.get(0).mentions().size(), orgs::toString);
    }

    @Test
    void anOrganizationsProgramAndItsPossessiveNameTheOrganization() throws IOException {
        ArticleExtraction a = extract("""
                Readout of the summer learning convening

                Officials met at the White House as part of the Biden-Harris Administration’s Improving Student \
                Achievement Agenda. The Springfield City Schools Summer Program serves 3,000 students in Springfield, IL. \
                Representative Ann Lee, the Ranking Member of the U.S. Subcommittee on Trade, attended.
                """);
        Set<String> orgs = names(a, EntityKind.ORGANIZATION);
        assertTrue(orgs.contains("Biden-Harris Administration"), orgs::toString);
        assertTrue(orgs.contains("Springfield City Schools"), orgs::toString);
        assertTrue(orgs.stream().anyMatch(o -> o.endsWith("Subcommittee on Trade")), orgs::toString);
        assertTrue(orgs.stream().noneMatch(o -> o.endsWith("Program")), orgs::toString);
    }

    @Test
    void aNameTheModelCutShortIsTheFullNamesOrganization() throws IOException {
        ArticleExtraction a = extract("""
                Readout of the convening

                The Riverside County School District worked with partners. Speakers included Dr. Ana Ruiz, \
                Superintendent Riverside County School District, and Tom Hale, CEO, Riverside Area Community Foundation.
                """);
        Set<String> orgs = names(a, EntityKind.ORGANIZATION);
        assertTrue(orgs.stream().noneMatch(o -> o.equals("Riverside County School")), orgs::toString);
    }

    /** The person entity whose mentions include the word at the n-th occurrence (0-based) of {@code word}, or null. */
    private static String personAt(ArticleExtraction a, String text, String word, int n) {
        int at = -1;
        for (int k = 0; k <= n; k++) at = text.indexOf(word, at + 1);
        final int off = at;
        return of(a, EntityKind.PERSON).stream()
                .filter(e -> e.mentions().stream().anyMatch(r -> r.start() <= off && off < r.end()))
                .map(ExtractedEntity::name).findFirst().orElse(null);
    }

    @Test
    void aBareSurnameOfTwoPeopleThatNothingDecidesJoinsNeither() throws IOException {
        String text = """
                County board hears two farmers

                Kathy Meehan, who runs a dairy farm, and Dennis Meehan, a grain grower, addressed the county board \
                on Tuesday.

                The board voted to delay the drainage plan. Meehan said the delay would cost farmers a season.
                """;
        ArticleExtraction a = extract(text);
        assertEquals(Set.of("Kathy Meehan", "Dennis Meehan"), names(a, EntityKind.PERSON));
        assertEquals(null, personAt(a, text, "Meehan said", 0), "an undecided bare surname stays unresolved");
        assertTrue(a.statements().stream().noneMatch(s -> s.text().startsWith("the delay would cost")),
                "no statement for a speaker that cannot be told apart");
    }

    @Test
    void aBareSurnameOfTwoPeopleFollowsItsParagraphItsTitleOrItsFormOfAddress() throws IOException {
        String text = """
                Flood panel hears a senator and a farmer

                State Senator Thomas Okafor and Grace Okafor, a farmer from the valley, spoke to the flood panel on \
                Monday.

                Grace Okafor described the damage to her fields. Okafor said the levee had failed twice in ten years.

                The panel then heard from the state. Senator Okafor told the panel the state would pay for repairs.

                The hearing closed at noon. Mrs. Okafor asked for a decision before spring.

                Okafor also thanked the panel for its patience.
                """;
        ArticleExtraction a = extract(text);
        assertEquals(Set.of("Thomas Okafor", "Grace Okafor"), names(a, EntityKind.PERSON));
        assertEquals("Grace Okafor", personAt(a, text, "Okafor said", 0), "the one named before it in its paragraph");
        assertEquals("Thomas Okafor", personAt(a, text, "Okafor told", 0), "the title the text gave one of them");
        assertEquals("Grace Okafor", personAt(a, text, "Okafor asked", 0), "the form of address agrees with one given name");
        assertEquals("Grace Okafor", personAt(a, text, "Okafor also", 0), "the one named alone in the paragraph before");
    }

    @Test
    void aBareSurnameOfOnePersonWrittenTwoWaysJoinsThatPerson() throws IOException {
        String text = """
                Governor visits the port

                Governor Robert Hale toured the port on Friday with local officials. Later, Bob Hale met dock workers.

                The union welcomed the visit. Hale said the state would dredge the channel next year.
                """;
        ArticleExtraction a = extract(text);
        assertEquals(1, of(a, EntityKind.PERSON).size(), () -> names(a, EntityKind.PERSON).toString());
        String only = of(a, EntityKind.PERSON).get(0).name();
        assertTrue(Set.of("Robert Hale", "Bob Hale").contains(only), only);
        assertEquals(only, personAt(a, text, "Hale said", 0), "the surname joins the one person, not a third");
    }

    @Test
    void aShortenedNameAndABareHeadWordReferToTheFullName() throws IOException {
        ArticleExtraction a = extract("""
                Growers meet lawmakers

                The Western Growers' Council met members of the House Ethics and Standards Committee and the House \
                of Delegates on Tuesday. The Ethics Committee thanked the Western Growers Council, and the House \
                adjourned.
                """);
        List<ExtractedEntity> orgs = of(a, EntityKind.ORGANIZATION);
        assertEquals(3, orgs.size(), orgs::toString);
    }

    @Test
    void anAcronymUsedBeforeItsDefinitionIsTheDefinedOrganization() {
        // the names as the finder gives them: the acronym in a caption before the text defines it
        String text = "Acting FAA Administrator Joan Reyes. The Federal Aviation Administration (FAA) met. The FAA agreed.";
        TextRef caption = at(text, "FAA", 0), full = at(text, "Federal Aviation Administration", 0);
        List<Mention> mentions = List.of(
                new Mention(caption, EntityKind.ORGANIZATION, "FAA", 0),
                new Mention(full, EntityKind.ORGANIZATION, "Federal Aviation Administration", 1),
                new Mention(at(text, "FAA", 1), EntityKind.ORGANIZATION, "FAA", 1, java.util.Optional.of(full)),
                new Mention(at(text, "FAA", 2), EntityKind.ORGANIZATION, "FAA", 2));
        List<ExtractedEntity> orgs = new EntityGrouper(Lexicon.standard()).group(mentions, text).entities();
        assertEquals(1, orgs.size(), orgs::toString);
        assertEquals(4, orgs.get(0).mentions().size(), orgs::toString);
    }

    @Test
    void twoLongNamesDefiningOneAcronymAreOneOrganization() {
        // the names as the finder gives them: the same body written two ways, each defining the acronym in brackets
        String text = "The Council of Regional Government (CORG) will close. The Council of Regional Governments (CORG) met. "
                + "The Council of Regional Planning (CORP) met too.";
        TextRef one = at(text, "Council of Regional Government", 0), two = at(text, "Council of Regional Governments", 0),
                other = at(text, "Council of Regional Planning", 0);
        List<Mention> mentions = List.of(
                new Mention(one, EntityKind.ORGANIZATION, "Council of Regional Government", 0),
                new Mention(at(text, "CORG", 0), EntityKind.ORGANIZATION, "CORG", 0, java.util.Optional.of(one)),
                new Mention(two, EntityKind.ORGANIZATION, "Council of Regional Governments", 1),
                new Mention(at(text, "CORG", 1), EntityKind.ORGANIZATION, "CORG", 1, java.util.Optional.of(two)),
                new Mention(other, EntityKind.ORGANIZATION, "Council of Regional Planning", 2),
                new Mention(at(text, "CORP", 0), EntityKind.ORGANIZATION, "CORP", 2, java.util.Optional.of(other)));
        List<ExtractedEntity> orgs = new EntityGrouper(Lexicon.standard()).group(mentions, text).entities();
        assertEquals(2, orgs.size(), orgs::toString);
        assertEquals(4, orgs.get(0).mentions().size(), orgs::toString);
        assertTrue(orgs.get(0).altNames().contains("Council of Regional Governments"), orgs::toString);
    }

    @Test
    void aBareOrganizationWordWithItsArticleNamesNoBody() {
        // minutes that call the county's board only "The Board" and "the Board"
        String text = "The Board approved the agenda. Later the Board heard the request.";
        List<Mention> mentions = List.of(
                new Mention(at(text, "The Board", 0), EntityKind.ORGANIZATION, "The Board", 0),
                new Mention(at(text, "Board", 1), EntityKind.ORGANIZATION, "Board", 1));
        List<ExtractedEntity> orgs = new EntityGrouper(Lexicon.standard()).group(mentions, text).entities();
        assertTrue(orgs.isEmpty(), orgs::toString);
    }

    private static TextRef at(String text, String word, int n) {
        int k = -1;
        for (int i = 0; i <= n; i++) k = text.indexOf(word, k + 1);
        return new TextRef(k, k + word.length());
    }
}
