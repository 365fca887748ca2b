package org.plenary.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meeting's date, place and who spoke, on short articles written for these rules (src/test/resources/org/
 * plenary/extract/genres/, not taken from any corpus): a report's date line dates a meeting its sentences do not
 * date; of two dates in one sentence the one next to the meeting word counts; a building after "at" is the place, as
 * written, and a city with the region that follows it where the building is said to be in it; "Name, presiding" in a list of those present chaired, and so did a council's one Mayor where the list marks no chair; a
 * room keeps its street address and town; a minutes' header line with a building word is the place; a date line
 * with an ordinal day ("Tuesday 14th October 2025") dates a sitting.
 */
class MeetingRulesTest {
    @TempDir Path dir;

    private ArticleExtraction extract(String resource) throws IOException {
        return GenreArticles.extract(dir, resource);
    }

    private static Optional<String> name(ArticleExtraction a, String key) {
        return a.entities().stream().filter(e -> e.key().equals(key)).findFirst().map(ExtractedEntity::name);
    }

    private static Optional<ParticipationKind> part(ArticleExtraction a, String person) {
        return a.participations().stream().filter(p -> name(a, p.agent()).orElse("").equals(person))
                .map(ParticipationFact::kind).findFirst();
    }

    @Test
    void aReportsDateLineDatesTheMeetingAndTheBuildingIsItsPlace() throws IOException {
        ArticleExtraction a = extract("news-summit-place.txt");
        MeetingFact m = a.meetings().get(0);
        assertEquals("2026-03-11", m.date().orElse(null));
        assertEquals("Riverside Castle", m.place().flatMap(k -> name(a, k)).orElse(null));
        assertEquals(Optional.of(ParticipationKind.CONVENER), part(a, "Petra Hollmann"), a.participations()::toString);
    }

    @Test
    void aCouncilsOneMayorInAListMarkingNoChairPresides() throws IOException {
        ArticleExtraction a = extract("minutes-mayor-presides.txt");
        assertEquals(Optional.of(ParticipationKind.CHAIR), part(a, "Thomas Reyes"), a.participations()::toString);
        assertEquals(Optional.of(ParticipationKind.ATTENDEE), part(a, "Helen Marsh"), a.participations()::toString);
    }

    @Test
    void theDateNextToTheMeetingWordCountsAndACityKeepsItsState() throws IOException {
        ArticleExtraction a = extract("release-announced-hearing.txt");
        MeetingFact m = a.meetings().get(0);
        assertEquals("2026-04-02", m.date().orElse(null));
        assertEquals("Dayton, Ohio", m.place().flatMap(k -> name(a, k)).orElse(null));
        assertEquals(Optional.of(ParticipationKind.CHAIR), part(a, "Ann Voss"), a.participations()::toString);
    }

    @Test
    void aMinutesHeaderLineWithABuildingWordIsThePlaceAsWritten() throws IOException {
        ArticleExtraction a = extract("minutes-header-venue.txt");
        MeetingFact m = a.meetings().get(0);
        assertEquals("COMMISSION CHAMBERS, SECOND FLOOR, HARLAN COUNTY ADMINISTRATION BUILDING",
                m.place().flatMap(k -> name(a, k)).orElse(null));
        assertEquals(Optional.of(ParticipationKind.CHAIR), part(a, "Agnes Pruitt"), a.participations()::toString);
    }

    @Test
    void aRoomKeepsItsStreetAddressAndTownAndMoversAttend() throws IOException {
        ArticleExtraction a = extract("minutes-address-venue.txt");
        MeetingFact m = a.meetings().get(0);
        assertEquals("Council Chambers, 39 Main Street, Montpelier, Vermont", m.place().flatMap(k -> name(a, k)).orElse(null));
        assertEquals("2025-04-07", m.date().orElse(null));
        assertEquals(Optional.of(ParticipationKind.ATTENDEE), part(a, "Ben Ostrowski"), a.participations()::toString);
    }

    @Test
    void aSittingIsDatedByItsDateLineWithAnOrdinalDay() throws IOException {
        ArticleExtraction a = extract("parliament-sitting-chair.txt");
        assertEquals("2025-10-14", a.meetings().get(0).date().orElse(null));
        assertEquals("Westminster Hall", a.meetings().get(0).place().flatMap(k -> name(a, k)).orElse(null));
    }

    // i17-meetings: where and when from the document's structure, who chaired from the forms that name a chair

    @Test
    void aReportsDatelinePlacesTheMeetingItsSentencesDoNotPlace() throws IOException {
        ArticleExtraction a = extract("release-dateline-place.txt");
        MeetingFact m = a.meetings().get(0);
        assertEquals("BRIDGEPORT", m.place().flatMap(k -> name(a, k)).orElse(null));
        assertEquals("2026-03-03", m.date().orElse(null));
    }

    @Test
    void aChairNamedAfterTheTitleOfThePassiveAgentChairsNotTheOneOnWhoseBehalf() throws IOException {
        ArticleExtraction a = extract("communique-chaired-by-title.txt");
        assertEquals(Optional.of(ParticipationKind.CHAIR), part(a, "Martin Okafor"), a.participations()::toString);
        assertTrue(part(a, "Irene Vasquez").filter(k -> k == ParticipationKind.CHAIR).isEmpty(), a.participations()::toString);
        assertEquals("2026-05-12", a.meetings().get(0).date().orElse(null));
    }

    @Test
    void theModeratorOfABriefingChairsIt() throws IOException {
        ArticleExtraction a = extract("transcript-moderator-label.txt");
        assertEquals(Optional.of(ParticipationKind.CHAIR), part(a, "Dana Whitfield"), a.participations()::toString);
        assertEquals("2026-01-08", a.meetings().get(0).date().orElse(null));
    }

    @Test
    void whoCoChairsChairs() throws IOException {
        ArticleExtraction a = extract("release-co-chair-verb.txt");
        assertEquals(Optional.of(ParticipationKind.CHAIR), part(a, "Lena Hartmann"), a.participations()::toString);
    }

    @Test
    void aDateThatStartsAPeriodDatesNoMeeting() throws IOException {
        ArticleExtraction a = extract("news-period-start.txt");
        assertEquals("2026-04-21", a.meetings().get(0).date().orElse(null));
    }

    @Test
    void whoWillChairANewBodyDoesNotChairTheMeeting() throws IOException {
        ArticleExtraction a = extract("communique-new-body-chair.txt");
        assertEquals(Optional.of(ParticipationKind.CHAIR), part(a, "Helga Strand"), a.participations()::toString);
        assertTrue(part(a, "Arne Kolstad").filter(k -> k == ParticipationKind.CHAIR).isEmpty(), a.participations()::toString);
    }

    @Test
    void theRoomUnderTheDateIsThePlaceNotTheLetterheadsBuilding() throws IOException {
        ArticleExtraction a = extract("minutes-letterhead-room.txt");
        MeetingFact m = a.meetings().get(0);
        assertEquals("Board Room", m.place().flatMap(k -> name(a, k)).orElse(null));
        assertEquals("2026-02-09", m.date().orElse(null));
    }
}
