package org.plenary.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who took part in a meeting and how, on short articles written for each rule (src/test/resources/org/plenary/
 * extract/genres/, not taken from any corpus): attendance lists with a chair marked and an absent member, lists
 * divided into delegations, a committee's "Members present" with names in capitals, and a readout's host, guest,
 * companion and briefer. Forms of address and post-nominal letters stay out of the names. Minutes' motions (movers
 * and seconders attend), absence in prose ("was unavailable", "did not attend"), a sitting's chair ("[X in the
 * Chair]", "under your chairmanship, Mr X"), a title in parentheses after a member's name, and a staff list opened by
 * a long line ending in a colon.
 */
class ParticipationRulesTest {
    @TempDir Path dir;

    private ArticleExtraction extract(String resource) throws IOException {
        return GenreArticles.extract(dir, resource);
    }

    /** Person's name (lower case) to how they took part, for every person with a participation. */
    private static Map<String, ParticipationKind> parts(ArticleExtraction a) {
        Map<String, ParticipationKind> out = new TreeMap<>();
        for (ParticipationFact p : a.participations()) {
            Optional<ExtractedEntity> e = a.entities().stream().filter(x -> x.key().equals(p.agent())).findFirst();
            assertTrue(e.isPresent(), p.agent());
            ParticipationKind before = out.put(e.get().name().toLowerCase(Locale.ROOT), p.kind());
            assertEquals(null, before, () -> "two participations for " + p.agent());
        }
        return out;
    }

    private static Set<String> persons(ArticleExtraction a) {
        return a.entities().stream().filter(e -> e.kind() == EntityKind.PERSON).map(ExtractedEntity::name).collect(Collectors.toSet());
    }

    @Test
    void minutesListThosePresentMarkTheChairAndLeaveTheAbsentOut() throws IOException {
        ArticleExtraction a = extract("minutes-attendance-list.txt");
        Map<String, ParticipationKind> p = parts(a);
        assertEquals(ParticipationKind.CHAIR, p.get("margaret l. okafor"), p::toString);
        assertEquals(ParticipationKind.ATTENDEE, p.get("daniel brzezinski"), p::toString);
        assertEquals(ParticipationKind.ATTENDEE, p.get("helen vasquez-moore"), p::toString);
        assertEquals(ParticipationKind.ATTENDEE, p.get("lorraine tibbets"), p::toString);
        assertEquals(ParticipationKind.SPEAKER, p.get("paul ferreira"), p::toString);
        assertFalse(p.containsKey("oscar lindgren"), p::toString);
        assertTrue(persons(a).contains("Lorraine Tibbets"), () -> persons(a).toString());
        assertEquals("2025-03-04", a.meetings().get(0).date().orElse(null));
    }

    @Test
    void aListDividedByGovernmentsGivesEachDelegationItsHeadAndTheChairsGroupAttends() throws IOException {
        ArticleExtraction a = extract("communique-delegations.txt");
        Map<String, ParticipationKind> p = parts(a);
        assertEquals(ParticipationKind.CHAIR, p.get("alice northam"), p::toString);
        assertEquals(ParticipationKind.ATTENDEE, p.get("robert kilbride"), p::toString);
        assertEquals(ParticipationKind.DELEGATION_HEAD, p.get("fiona drummond"), p::toString);
        assertEquals(ParticipationKind.ATTENDEE, p.get("gregor ashby"), p::toString);
        assertEquals(ParticipationKind.DELEGATION_HEAD, p.get("peter quayle"), p::toString);
        for (String n : persons(a)) assertFalse(n.matches("(?i).*\\b(hon|rt|mp|mla|mha)\\b.*"), () -> persons(a).toString());
    }

    @Test
    void aCommitteesMembersPresentIncludeNamesInCapitalsAfterAFormOfAddress() throws IOException {
        ArticleExtraction a = extract("transcript-members-present.txt");
        Map<String, ParticipationKind> p = parts(a);
        assertEquals(ParticipationKind.CHAIR, p.get("clara whitfield"), p::toString);
        assertEquals(ParticipationKind.ATTENDEE, p.get("tobias renwick"), p::toString);
        assertEquals(ParticipationKind.ATTENDEE, p.get("harriet poole"), p::toString);
        assertEquals(ParticipationKind.ATTENDEE, p.get("samuel achebe"), p::toString);
        assertEquals(ParticipationKind.TESTIFIER, p.get("ingrid halvorsen"), p::toString);
        assertEquals(ParticipationKind.TESTIFIER, p.get("colin mabry"), p::toString);
    }

    @Test
    void aHostsGuestHeadsADelegationAndWhoJoinedOrBriefedTookPartAsSuch() throws IOException {
        ArticleExtraction a = extract("readout-hosted.txt");
        Map<String, ParticipationKind> p = parts(a);
        assertEquals(ParticipationKind.CONVENER, p.get("ana lisboa"), p::toString);
        assertEquals(ParticipationKind.DELEGATION_HEAD, p.get("karel dvorak"), p::toString);
        assertEquals(ParticipationKind.ATTENDEE, p.get("rui tavares"), p::toString);
        assertEquals(ParticipationKind.SPEAKER, p.get("joana pires"), p::toString);
    }

    @Test
    void aListItemThatOpensWithTitlesGivesTheNamedPersonEachTitle() throws IOException {
        ArticleExtraction a = extract("communique-delegations.txt");
        Map<String, Set<String>> titles = new TreeMap<>();
        for (RoleFact r : a.roles()) {
            String holder = a.entities().stream().filter(e -> e.key().equals(r.holder())).findFirst().orElseThrow().name();
            titles.computeIfAbsent(holder, k -> new java.util.TreeSet<>()).add(r.title());
        }
        assertTrue(titles.getOrDefault("Robert Kilbride", Set.of()).containsAll(Set.of("Treasurer", "Minister for Finance")), titles::toString);
        assertTrue(titles.getOrDefault("Gregor Ashby", Set.of()).contains("Minister for Transport"), titles::toString);
        assertTrue(titles.getOrDefault("Fiona Drummond", Set.of()).contains("Chief Minister"), titles::toString);
    }

    @Test
    void aGovernmentNamedByItsCountryIsAnOrganizationAndAMembersNameIsNotPartOfIt() throws IOException {
        ArticleExtraction a = extract("communique-governments.txt");
        Set<String> orgs = a.entities().stream().filter(e -> e.kind() == EntityKind.ORGANIZATION)
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String g : List.of("scottish government", "hm government", "northern ireland executive", "welsh government"))
            assertTrue(orgs.contains(g), () -> g + " not in " + orgs);
        // a member's name run into the organization's: split at the organization word
        assertTrue(persons(a).contains("Marta Kowalczyk"), () -> persons(a).toString());
        assertTrue(orgs.contains("northern development commission"), orgs::toString);
    }

    @Test
    void whoIsTitledChairOfTheMeetingsBodyChairsItAndAViceChairDoesNot() throws IOException {
        ArticleExtraction a = extract("hearing-chairwoman.txt");
        Map<String, ParticipationKind> p = parts(a);
        assertEquals(ParticipationKind.CHAIR, p.get("laura mendez"), p::toString);
        assertTrue(p.get("tom okafor") != ParticipationKind.CHAIR, p::toString);
    }

    @Test
    void whoMovesOrSecondsAMotionAttendsAndWhoWasUnavailableOrDidNotAttendTakesNoPart() throws IOException {
        ArticleExtraction a = extract("minutes-motions-absence.txt");
        Map<String, ParticipationKind> p = parts(a);
        assertEquals(ParticipationKind.CHAIR, p.get("ruth calloway"), p::toString);
        assertEquals(ParticipationKind.ATTENDEE, p.get("owen pratt"), p::toString);
        assertEquals(ParticipationKind.ATTENDEE, p.get("lena sorensen"), p::toString);
        assertEquals(ParticipationKind.ATTENDEE, p.get("tobias grange"), p::toString);
        assertFalse(p.containsKey("dana whitfield"), p::toString);
        assertFalse(p.containsKey("marcus bell"), p::toString);
        assertFalse(p.containsKey("edwin hartley"), p::toString); // recalled, not there
    }

    @Test
    void aSittingsChairIsNamedByTheInTheChairLineOrAddressedUnderYourChairmanship() throws IOException {
        ArticleExtraction a = extract("parliament-sitting-chair.txt");
        Map<String, ParticipationKind> p = parts(a);
        assertEquals(ParticipationKind.CHAIR, p.get("rupert blakemore"), p::toString);
        assertEquals(ParticipationKind.SPEAKER, p.get("alma treharne"), p::toString);
        assertEquals(ParticipationKind.SPEAKER, p.get("desmond okafor"), p::toString);

        ArticleExtraction b = extract("committee-chair-addressed.txt");
        Map<String, ParticipationKind> q = parts(b);
        assertEquals(ParticipationKind.CHAIR, q.get("hendry"), q::toString);
        assertEquals(ParticipationKind.SPEAKER, q.get("priya lomax"), q::toString);
        assertEquals(ParticipationKind.SPEAKER, q.get("gavin shore"), q::toString);
    }

    @Test
    void aTitleInParenthesesAfterAMembersNameIsTheirRoleButAPartyIsNot() throws IOException {
        ArticleExtraction a = extract("parliament-question-time.txt");
        Map<String, Set<String>> titles = new TreeMap<>();
        for (RoleFact r : a.roles()) {
            String holder = a.entities().stream().filter(e -> e.key().equals(r.holder())).findFirst().orElseThrow().name();
            titles.computeIfAbsent(holder.toLowerCase(Locale.ROOT), k -> new java.util.TreeSet<>()).add(r.title());
        }
        assertEquals(Set.of("Minister of Housing"), titles.get("david prendergast"), titles::toString);
        assertFalse(titles.containsKey("margaret taurima"), titles::toString);
        assertEquals("2025-03-12", a.meetings().get(0).date().orElse(null));
    }

    @Test
    void aLongLineEndingInAColonAfterACueOpensAListOfStaffWithTheirTitles() throws IOException {
        ArticleExtraction a = extract("minutes-staff-attending.txt");
        Map<String, ParticipationKind> p = parts(a);
        assertEquals(ParticipationKind.ATTENDEE, p.get("nora lindqvist"), p::toString);
        assertEquals(ParticipationKind.ATTENDEE, p.get("peter amadi"), p::toString);
        assertEquals(ParticipationKind.ATTENDEE, p.get("irene castillo"), p::toString);
        assertTrue(a.roles().stream().anyMatch(r -> r.title().equals("Budget Officer")), a.roles()::toString);
    }

    @Test
    void whoGaveTheBodyAnOverviewOrAnUpdateItReceivedSpoke() throws IOException {
        ArticleExtraction a = extract("minutes-received-reports.txt");
        Map<String, ParticipationKind> p = parts(a);
        assertEquals(ParticipationKind.CHAIR, p.get("leah monroe"), p::toString);
        assertEquals(ParticipationKind.SPEAKER, p.get("samuel osei"), p::toString);
        assertEquals(ParticipationKind.SPEAKER, p.get("clara voight"), p::toString);
    }

    @Test
    void aPluralTitleBeforeAListOfNamesTitlesEachOfThemAndCoChairsChair() throws IOException {
        ArticleExtraction a = extract("readout-co-chairs.txt");
        Map<String, Set<String>> titles = new TreeMap<>();
        for (RoleFact r : a.roles()) {
            String holder = a.entities().stream().filter(e -> e.key().equals(r.holder())).findFirst().orElseThrow().name();
            titles.computeIfAbsent(holder, k -> new java.util.TreeSet<>()).add(r.title());
        }
        assertTrue(titles.getOrDefault("Dana Whitcomb", Set.of()).contains("Co-Chair"), titles::toString);
        assertTrue(titles.getOrDefault("Paul Ferland", Set.of()).contains("Co-Chair"), titles::toString);
        assertFalse(titles.getOrDefault("Ruth Adler", Set.of()).contains("Co-Chair"), titles::toString);
        Map<String, ParticipationKind> p = parts(a);
        assertEquals(ParticipationKind.CHAIR, p.get("dana whitcomb"), p::toString);
        assertEquals(ParticipationKind.CHAIR, p.get("paul ferland"), p::toString);
    }

    @Test
    void whoWasJoinedByOthersHostedThemAndWelcomingAnAgreementHostsNoOne() throws IOException {
        ArticleExtraction a = extract("readout-joined-by.txt");
        Map<String, ParticipationKind> p = parts(a);
        assertEquals(ParticipationKind.CONVENER, p.get("daniela ferrante"), p::toString);
        assertEquals(ParticipationKind.CONVENER, p.get("tomas uribe"), p::toString);
        assertEquals(ParticipationKind.ATTENDEE, p.get("agnes holloway"), p::toString);
        // he took part (his welcome is reported as a statement), but hosted no one
        assertTrue(p.containsKey("kofi mensah"), p::toString);
        assertFalse(p.get("kofi mensah") == ParticipationKind.CONVENER, p::toString);
    }
}
