package org.plenary.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.ingest.Article;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.SourceCatalogue;

/**
 * Each rule of {@link MentionFinder}, in its order, on a short article written for it (not taken from the
 * corpora): what the finder returns, and where the model alone gets it wrong, that the rule is what makes it right.
 */
class MentionRulesTest {
    @TempDir Path dir;
    private final Lexicon lexicon = Lexicon.standard();

    private ParsedText parse(String text) throws IOException {
        Path f = dir.resolve("rule-article.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Article a = new ArticleReader(SourceCatalogue.empty()).read(f);
        return new ParsedText(a, NlpPipeline.shared().annotate(ParsedText.prose(a, true), null));
    }

    private List<Mention> find(ParsedText pt) { return new MentionFinder(lexicon).find(pt); }

    /** The finder's rules run in order, except the rule of the given class. */
    private List<Mention> findWithout(ParsedText pt, Class<? extends MentionRule> left) {
        List<Mention> m = List.of();
        for (MentionRule r : new MentionFinder(lexicon).rules()) if (!left.isInstance(r)) m = r.apply(pt, m);
        return m;
    }

    private static Set<String> texts(List<Mention> mentions, EntityKind kind) {
        return mentions.stream().filter(m -> m.kind() == kind).map(Mention::text).collect(Collectors.toSet());
    }

    @Test
    void rulesRunInTheOrderTheFinderListsThemEndingWithOneMentionPerSpan() {
        List<String> names = new MentionFinder(lexicon).rules().stream().map(MentionRule::name).toList();
        assertEquals("ModelMentions", names.get(0));
        assertEquals("RepeatedSpansDropped", names.get(names.size() - 1));
        assertTrue(names.indexOf("SplitNamesJoined") > names.lastIndexOf("NamesExtendedLeft"), names::toString);
    }

    @Test
    void modelMentionsDropPronounsACutOffSuffixAndLawsAndSplitTwoCouncils() throws IOException {
        List<Mention> m = find(parse("""
                Senators meet on water rules

                Senator Carl Brandt, Jr. said he would support the Clean Harbors Act. The Regional Water Council \
                and Coastal Planning Council will meet in March, he said.
                """));
        Set<String> persons = texts(m, EntityKind.PERSON), orgs = texts(m, EntityKind.ORGANIZATION);
        assertFalse(persons.stream().anyMatch(p -> p.startsWith("Jr") || p.equals("he")), persons::toString);
        assertTrue(persons.contains("Carl Brandt"), persons::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.endsWith("Act")), orgs::toString);
        assertTrue(orgs.contains("Regional Water Council") && orgs.contains("Coastal Planning Council"), orgs::toString);
    }

    @Test
    void honorificsAndPostNominalsStayOutOfNames() throws IOException {
        ParsedText pt = parse("""
                Minister visits port

                The Rt Hon Margaret Ellery MP visited the port of Dunmore on Friday and met dock workers.
                """);
        assertTrue(texts(find(pt), EntityKind.PERSON).contains("Margaret Ellery"), () -> find(pt).toString());
        assertFalse(texts(findWithout(pt, HonorificsOutOfNames.class), EntityKind.PERSON).contains("Margaret Ellery"));
    }

    @Test
    void aNameInCapitalsAfterAFormOfAddressIsAPerson() throws IOException {
        ParsedText pt = parse("""
                Committee hears evidence

                The committee met on Tuesday. DAME HELEN BRACKLEY asked about the budget for the new year.
                """);
        assertTrue(texts(find(pt), EntityKind.PERSON).contains("HELEN BRACKLEY"), () -> find(pt).toString());
    }

    @Test
    void aGovernmentNamedByItsCountryIsAnOrganization() throws IOException {
        ParsedText pt = parse("""
                Ministers sign trade accord

                The Scottish Government and the Government of Ghana signed a trade accord in Edinburgh on Monday.
                """);
        Set<String> orgs = texts(find(pt), EntityKind.ORGANIZATION);
        assertTrue(orgs.contains("Scottish Government") && orgs.contains("Government of Ghana"), orgs::toString);
        assertFalse(texts(findWithout(pt, Governments.class), EntityKind.ORGANIZATION).contains("Scottish Government"));
    }

    @Test
    void capitalisedWordsTheModelMissedBeforeAnOrganizationBelongToIt() throws IOException {
        ParsedText pt = parse("""
                Youth groups meet the mayor

                The mayor met leaders of the Boys and Girls Club and the Seven Rivers Coalition on Thursday to \
                discuss summer programmes.
                """);
        Set<String> orgs = texts(find(pt), EntityKind.ORGANIZATION);
        assertTrue(orgs.contains("Boys and Girls Club"), orgs::toString);
        assertTrue(orgs.contains("Seven Rivers Coalition"), orgs::toString);
    }

    @Test
    void anAcronymInBracketsNamesThePhraseBeforeIt() throws IOException {
        ParsedText pt = parse("""
                Fisheries office opens

                The Office for Coastal Fisheries Research (OCFR) opened a station in the harbour. The OCFR will \
                publish its first survey in May.
                """);
        List<Mention> m = find(pt);
        assertTrue(texts(m, EntityKind.ORGANIZATION).contains("Office for Coastal Fisheries Research"), m::toString);
        Mention acronym = m.stream().filter(x -> x.text().equals("OCFR") && x.acronymOf().isPresent()).findFirst().orElseThrow();
        assertEquals("Office for Coastal Fisheries Research", acronym.acronymOf().get().of(pt.text()));
    }

    @Test
    void aCapitalisedPhraseWithAnOrganizationWordIsAnOrganizationTheModelMissed() throws IOException {
        ParsedText pt = parse("""
                Tenants meet landlords

                Members of the Hollow Oak Tenants Association met the owners on Saturday. She is director of \
                Bright Pathways, a charity.
                """);
        Set<String> orgs = texts(find(pt), EntityKind.ORGANIZATION);
        assertTrue(orgs.contains("Hollow Oak Tenants Association"), orgs::toString);
        assertTrue(orgs.contains("Bright Pathways"), orgs::toString);
    }

    @Test
    void aNameTheModelCutInTwoAtAndIsOneCommittee() throws IOException {
        ParsedText pt = parse("""
                Hearing on border security

                The Senate Homeland Security and Governmental Affairs Committee held a hearing on Wednesday.
                """);
        Set<String> orgs = texts(find(pt), EntityKind.ORGANIZATION);
        assertTrue(orgs.contains("Senate Homeland Security and Governmental Affairs Committee"), orgs::toString);
    }

    @Test
    void meetingsPeopleAndCategoriesRunIntoAnOrganizationsNameAreCutOff() throws IOException {
        ParsedText pt = parse("""
                Port board meets

                The Harbour Council Meeting opened at noon. Harbour Council Members voted on the budget, and \
                Civil Rights Organizations sent letters.
                """);
        Set<String> orgs = texts(find(pt), EntityKind.ORGANIZATION);
        assertTrue(orgs.contains("Harbour Council"), orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.endsWith("Meeting") || o.endsWith("Members") || o.endsWith("Organizations")), orgs::toString);
    }

    @Test
    void capitalisedWordsAfterAPersonsTitleAreTheirName() throws IOException {
        ParsedText pt = parse("""
                New mayor sworn in

                Mayor-elect Dalia Fenwick thanked voters on Tuesday. Governor Ortwin said he would meet her soon.
                """);
        Set<String> persons = texts(find(pt), EntityKind.PERSON);
        assertTrue(persons.contains("Dalia Fenwick"), persons::toString);
        assertFalse(texts(find(pt), EntityKind.ORGANIZATION).contains("Dalia Fenwick"));
    }

    @Test
    void theHolderNamedAfterAPortfolioIsAPersonAndThePortfolioNoOrganization() throws IOException {
        ParsedText pt = parse("""
                Housing plan announced

                Secretary of Housing and Urban Renewal Margaret Holloway announced the plan. The Secretary of \
                Agriculture said farms would benefit.
                """);
        List<Mention> m = find(pt);
        assertTrue(texts(m, EntityKind.PERSON).contains("Margaret Holloway"), m::toString);
        Set<String> orgs = texts(m, EntityKind.ORGANIZATION);
        assertFalse(orgs.stream().anyMatch(o -> o.contains("Holloway") || o.equals("Agriculture")), orgs::toString);
    }

    @Test
    void aNameFollowedByAStateIsACityAndAnInitialledNameAPerson() throws IOException {
        ParsedText pt = parse("""
                Mayors gather

                Officials from Cedar Rapids, Iowa, met Harlan B. Ostrowski, the conference chair, on Monday.
                """);
        List<Mention> m = find(pt);
        assertFalse(texts(m, EntityKind.ORGANIZATION).contains("Cedar Rapids"), m::toString);
        assertTrue(texts(m, EntityKind.PERSON).contains("Harlan B. Ostrowski"), m::toString);
    }

    @Test
    void anOrganizationWordModifyingACommonNounNamesNoOrganization() throws IOException {
        ParsedText pt = parse("""
                Senator thanks colleagues

                Senator Ruth Alvers thanked her Senate colleagues and the Congressional staff on Friday.
                """);
        List<Mention> m = find(pt);
        assertFalse(texts(m, EntityKind.ORGANIZATION).contains("Senate"), m::toString);
        assertFalse(texts(m, EntityKind.ORGANIZATION).contains("Congressional"), m::toString);
    }

    @Test
    void anOrganizationOfATitleCaseHeadlineStandsOnlyAsFarAsTheBodyNamesIt() throws IOException {
        ParsedText pt = parse("""
                Ferry Operators Meet Harbour Board Officials In Dunmore

                Ferry operators met officials of the Harbour Board on Monday to discuss winter timetables.
                """);
        List<Mention> m = find(pt);
        Set<String> headlineOrgs = m.stream().filter(x -> x.kind() == EntityKind.ORGANIZATION && pt.inTitle(x.ref().start()))
                .map(Mention::text).collect(Collectors.toSet());
        assertTrue(Set.of("Harbour Board").containsAll(headlineOrgs), headlineOrgs::toString);
        Set<TextRef> spans = new HashSet<>();
        for (Mention x : m) assertTrue(spans.add(x.ref()), () -> "two mentions of one span: " + x);
    }

    @Test
    void anOrganizationsNameRunsOnAfterItsHeadWithOfOnOrForButNotOverADate() throws IOException {
        ParsedText pt = parse("""
                Harbour safety panel reports

                The Joint Coordinating Committee on Harbour Safety met in Dunmore. The Committee on Tuesday \
                approved its report, and members asked about the progress through Parliament of the Harbour \
                Dues Bill.
                """);
        Set<String> orgs = texts(find(pt), EntityKind.ORGANIZATION);
        assertTrue(orgs.contains("Joint Coordinating Committee on Harbour Safety"), orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.contains("Tuesday") || o.contains("Dues")), orgs::toString);
    }

    @Test
    void lawsProgrammesEventsAndRoomsNamedWithAnOrganizationWordAreNoOrganizations() throws IOException {
        ParsedText pt = parse("""
                Council hears bank reform plans

                The City Council met in the City Council Chambers for the First Public Hearing on the Farmers Bank \
                Reform Act. Students of the Riverside Graduate Program spoke in favour. The World Food Programme said \
                it would send grain.
                """);
        Set<String> orgs = texts(find(pt), EntityKind.ORGANIZATION);
        assertTrue(orgs.contains("City Council"), orgs::toString);
        // A body named "... Programme" (United Nations usage) acts and speaks: it stays an organization.
        assertTrue(orgs.contains("World Food Programme"), orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.endsWith("Chambers") || o.endsWith("Hearing") || o.endsWith("Act")
                || o.endsWith("Program")), orgs::toString);
    }

    @Test
    void groupsOfStatesNamedByTheirNumberAreOrganizations() throws IOException {
        ParsedText pt = parse("""
                Finance ministers meet

                Finance ministers of the G20 met in Osaka on Saturday. The Group of 20 was founded in 1999, and \
                the G-7 countries met a day earlier.
                """);
        Set<String> orgs = texts(find(pt), EntityKind.ORGANIZATION);
        assertTrue(orgs.contains("G20") && orgs.contains("Group of 20") && orgs.contains("G-7"), orgs::toString);
    }

    /** The mention of the first occurrence of {@code name} in the text, as the model might have found it. */
    private static Mention mentionOf(ParsedText pt, String name, EntityKind kind) {
        int start = pt.text().indexOf(name);
        TextRef r = new TextRef(start, start + name.length());
        return new Mention(r, kind, name, pt.token(pt.tokenAt(start)).sentIndex());
    }

    @Test
    void aNameCutAtACommaOfTheWordsItListsIsJoinedAgain() throws IOException {
        ParsedText pt = parse("""
                Unions meet the ministry

                Officials of the Domestic, Rural & Regional Affairs Office met leaders of the National Union of \
                Mines, Quarry and Tunnel Workers on Friday.
                """);
        List<Mention> left = new NamesExtendedLeft(lexicon).apply(pt,
                List.of(mentionOf(pt, "Rural & Regional Affairs Office", EntityKind.ORGANIZATION)));
        assertEquals(Set.of("Domestic, Rural & Regional Affairs Office"), texts(left, EntityKind.ORGANIZATION));
        List<Mention> joined = new SplitNamesJoined(lexicon).apply(pt, List.of(
                mentionOf(pt, "National Union of Mines", EntityKind.ORGANIZATION),
                mentionOf(pt, "Quarry and Tunnel Workers", EntityKind.ORGANIZATION)));
        assertEquals(Set.of("National Union of Mines, Quarry and Tunnel Workers"), texts(joined, EntityKind.ORGANIZATION));
        // two bodies listed with a comma stay two
        ParsedText two = parse("""
                Councils meet

                The Regional Water Council, Harbour and Ports Board and the mayor met on Friday.
                """);
        List<Mention> apart = new SplitNamesJoined(lexicon).apply(two, List.of(
                mentionOf(two, "Regional Water Council", EntityKind.ORGANIZATION),
                mentionOf(two, "Harbour and Ports Board", EntityKind.ORGANIZATION)));
        assertEquals(2, apart.size(), apart::toString);
    }

    @Test
    void aGovernmentBeforeATitleAndATitlesModifierBeforeAnAcronymAreCutFromTheTitle() throws IOException {
        ParsedText pt = parse("""
                Water council meets

                The meeting was chaired by the Australian Government Minister for Water, Peta Quinlan. Acting FAA \
                Administrator Joan Reyes also spoke.
                """);
        List<Mention> gov = new Governments(lexicon).apply(pt,
                List.of(mentionOf(pt, "Government Minister for Water", EntityKind.ORGANIZATION)));
        assertEquals(Set.of("Australian Government"), texts(gov, EntityKind.ORGANIZATION));
        List<Mention> trimmed = new OrganizationNamesTrimmed(lexicon).apply(pt,
                List.of(mentionOf(pt, "Acting FAA", EntityKind.ORGANIZATION)));
        assertEquals(Set.of("FAA"), texts(trimmed, EntityKind.ORGANIZATION));
    }

    @Test
    void anEventAtABodyNamesTheBodyAndNationalitiesAloneNameNone() throws IOException {
        ParsedText pt = parse("""
                Growers gather

                She hosted the Youth Leaders Forum at the National Institute of Arts on Monday with European and \
                American growers.
                """);
        List<Mention> trimmed = new OrganizationNamesTrimmed(lexicon).apply(pt, List.of(
                mentionOf(pt, "Youth Leaders Forum at the National Institute of Arts", EntityKind.ORGANIZATION),
                mentionOf(pt, "European and American", EntityKind.ORGANIZATION)));
        assertEquals(Set.of("National Institute of Arts"), texts(trimmed, EntityKind.ORGANIZATION));
    }

    @Test
    void aGivenNameTheModelTookForAnotherKindOfWordJoinsTheSurname() throws IOException {
        ParsedText pt = parse("""
                Farm talks

                Ms Ortiz will meet with Austrian Minister of Food and Agriculture Christian Weber and other officials.
                """);
        List<Mention> m = new GivenNamesRejoined(lexicon).apply(pt, List.of(mentionOf(pt, "Weber", EntityKind.PERSON)));
        assertEquals(Set.of("Christian Weber"), texts(m, EntityKind.PERSON));
        assertTrue(texts(find(pt), EntityKind.PERSON).contains("Christian Weber"), () -> find(pt).toString());
    }

    @Test
    void aListOfNamesWithNoSeparatorsIsOnePersonPerNameFoundOnItsOwn() throws IOException {
        ParsedText pt = parse("""
                Flood briefing for the river towns

                The briefing heard Margit Ekholm Tomas Brandt Lena Okafor on the flood wall. It opened with Margit \
                Ekholm, the county engineer. Tomas Brandt spoke for the harbour board, and Lena Okafor, the mayor of \
                Port Elwin, closed it. Their president Andrés Manuel López Obrador wrote to López Obrador's council.
                """);
        // the mentions a flattened list of participants leaves when read as one name, and each name found alone
        String text = pt.text();
        java.util.function.Function<String, Mention> at = n -> {
            int s = text.indexOf(n);
            return new Mention(new TextRef(s, s + n.length()), EntityKind.PERSON, n, 0);
        };
        java.util.function.BiFunction<String, Integer, Mention> from = (n, after) -> {
            int s = text.indexOf(n, after);
            return new Mention(new TextRef(s, s + n.length()), EntityKind.PERSON, n, 1);
        };
        int second = text.indexOf("It opened");
        List<Mention> in = List.of(at.apply("Margit Ekholm Tomas Brandt Lena Okafor"), from.apply("Tomas Brandt", second),
                from.apply("Lena Okafor", second), at.apply("Andrés Manuel López Obrador"), from.apply("López Obrador", text.indexOf("wrote")));
        Set<String> persons = texts(new RunsOfNamesSplit(lexicon).apply(pt, in), EntityKind.PERSON);
        assertTrue(persons.containsAll(Set.of("Margit Ekholm", "Tomas Brandt", "Lena Okafor")), persons::toString);
        assertFalse(persons.contains("Margit Ekholm Tomas Brandt Lena Okafor"), persons::toString);
        // a name of four words whose family names also stand alone stays one name
        assertTrue(persons.contains("Andrés Manuel López Obrador") && !persons.contains("Andrés Manuel"), persons::toString);
    }

    @Test
    void aUnitNamedForItsHeadsTitleIsOneOrganizationEndingBeforeAPersonsTitle() throws IOException {
        ParsedText pt = parse("""
                Harbour audit begins

                Auditors from the Office of the Deputy Comptroller for Port Finance, Office of Vessel Licensing met \
                on Monday. The county's Office of the Auditor for Harbour Works Senior Analyst Lorna Petrakis presented the figures, \
                and the Department of the Chief Minister and Cabinet sent a letter.
                """);
        Set<String> orgs = texts(find(pt), EntityKind.ORGANIZATION);
        assertTrue(orgs.contains("Office of the Deputy Comptroller for Port Finance"), orgs::toString);
        assertTrue(orgs.contains("Office of the Auditor for Harbour Works"), orgs::toString);
        assertTrue(orgs.contains("Department of the Chief Minister and Cabinet"), orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.contains("Analyst") || o.contains("Port Finance,")), orgs::toString);
        assertTrue(texts(find(pt), EntityKind.PERSON).contains("Lorna Petrakis"), () -> find(pt).toString());
        assertFalse(texts(findWithout(pt, UnitsNamedForTitles.class), EntityKind.ORGANIZATION)
                .contains("Office of the Deputy Comptroller for Port Finance"));
    }

    @Test
    void anOfficeEndingInADocumentsWordIsStillAnOffice() throws IOException {
        ParsedText pt = parse("""
                Grants reviewed

                The Office of Technical Review met the applicants, and the board adopted the Water Quality Review \
                on Tuesday.
                """);
        Set<String> orgs = texts(find(pt), EntityKind.ORGANIZATION);
        assertFalse(orgs.contains("Water Quality Review"), orgs::toString);
        List<Mention> office = new ThingsNamedLikeOrganizations(lexicon).apply(pt,
                List.of(mentionOf(pt, "Office of Technical Review", EntityKind.ORGANIZATION),
                        mentionOf(pt, "Water Quality Review", EntityKind.ORGANIZATION)));
        assertEquals(Set.of("Office of Technical Review"), texts(office, EntityKind.ORGANIZATION));
    }

    @Test
    void theRecordsOfABodyNameTheBodyNotADocument() throws IOException {
        ParsedText pt = parse("""
                Minutes Village Board Monday, March 2

                APPROVAL OF MINUTES The board approved the Village Board Meeting Minutes of February 16, the Harbor \
                Development Authority Board Minutes of February 9 and the Tree Preservation Hearing Officer Minutes of \
                February 2. Board Minutes were filed. The Foreign Policy Centre wrote about the Harbor Council’s Safer Streets Policy.
                """);
        List<Mention> m = new BodiesOfRecords(lexicon).apply(pt, List.of(
                mentionOf(pt, "Village Board Meeting Minutes", EntityKind.ORGANIZATION),
                mentionOf(pt, "Harbor Development Authority Board Minutes", EntityKind.ORGANIZATION),
                mentionOf(pt, "Board Minutes", EntityKind.ORGANIZATION),
                mentionOf(pt, "Foreign Policy Centre", EntityKind.ORGANIZATION),
                mentionOf(pt, "Harbor Council’s Safer Streets Policy", EntityKind.ORGANIZATION)));
        // a record after a possessive is its owner's; a title-led run before "Minutes" names an officer's body
        assertEquals(Set.of("Village Board", "Harbor Development Authority", "Tree Preservation Hearing Officer", "Foreign Policy Centre",
                "Harbor Council"),
                texts(m, EntityKind.ORGANIZATION));
        Set<String> orgs = texts(find(pt), EntityKind.ORGANIZATION);
        assertFalse(orgs.stream().anyMatch(o -> o.endsWith("Minutes")), orgs::toString);
    }

    @Test
    void aNationalityAdjectiveBeginsANameButNotAStatesOrgan() throws IOException {
        ParsedText pt = parse("""
                Mayors meet

                The president of the Canadian Rural Councils Federation met officials of the Austrian Foreign \
                Ministry in Vienna.
                """);
        List<Mention> m = new NamesExtendedLeft(lexicon).apply(pt, List.of(
                mentionOf(pt, "Rural Councils Federation", EntityKind.ORGANIZATION),
                mentionOf(pt, "Foreign Ministry", EntityKind.ORGANIZATION)));
        assertEquals(Set.of("Canadian Rural Councils Federation", "Foreign Ministry"), texts(m, EntityKind.ORGANIZATION));
    }

    @Test
    void aPluralTitleAloneNamesPeopleNotABody() throws IOException {
        ParsedText pt = parse("""
                Budget talks

                Federal and Provincial Treasurers met in Ottawa on Friday.
                """);
        List<Mention> m = new OrganizationNamesTrimmed(lexicon).apply(pt, List.of(mentionOf(pt, "Treasurers", EntityKind.ORGANIZATION)));
        assertTrue(texts(m, EntityKind.ORGANIZATION).isEmpty(), m::toString);
    }

    @Test
    void aMinutesTitleInCapitalsNamesItsBody() throws IOException {
        ParsedText pt = parse("""
                MINUTES OF THE SPECIAL MEETING OF THE HARBOR DISTRICT BOARD OF TRUSTEES HELD JUNE 4, 2019

                The meeting was called to order at 6:00 p.m. by Chair Dana Whitcombe. The trustees approved the budget.
                """);
        Set<String> orgs = texts(find(pt), EntityKind.ORGANIZATION);
        assertTrue(orgs.contains("HARBOR DISTRICT BOARD OF TRUSTEES"), orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.contains("HELD") || o.contains("SPECIAL")), orgs::toString);
        assertFalse(texts(findWithout(pt, BodiesInRecordTitles.class), EntityKind.ORGANIZATION).contains("HARBOR DISTRICT BOARD OF TRUSTEES"));
    }
}
