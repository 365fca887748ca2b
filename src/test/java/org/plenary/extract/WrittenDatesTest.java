package org.plenary.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates as Spanish, French, German and Chinese write them, read from each language's dates.txt. */
class WrittenDatesTest {
    private static List<String> dates(ModelLanguage l, String text, String published) {
        return new WrittenDates(LanguageWords.of(l)).find(text, Optional.ofNullable(published).map(LocalDate::parse)).stream()
                .map(d -> d.iso() + "@" + d.where().of(text)).toList();
    }

    @Test
    void fullDatesInEachLanguage() {
        assertEquals(List.of("2024-03-12@12 de marzo de 2024"), dates(ModelLanguage.SPANISH, "Se reunió el 12 de marzo de 2024 en Sevilla.", null));
        assertEquals(List.of("2024-04-01@1er avril 2024"), dates(ModelLanguage.FRENCH, "Le 1er avril 2024, le ministre a reçu ...", null));
        assertEquals(List.of("2024-06-06@6. Juni 2024"), dates(ModelLanguage.GERMAN, "Am 6. Juni 2024 tagte der Rat.", null));
        assertEquals(List.of("2024-07-08@2024年7月8日"), dates(ModelLanguage.CHINESE, "2024年7月8日，市长主持召开会议。", null));
    }

    @Test
    void aDateWithoutItsYearTakesTheArticlesYearAndWithoutAnArticleDateIsNoDate() {
        assertEquals(List.of("2023-09-17@17 de septiembre"), dates(ModelLanguage.SPANISH, "El 17 de septiembre se reunieron.", "2023-09-20"));
        assertEquals(List.of(), dates(ModelLanguage.SPANISH, "El 17 de septiembre se reunieron.", null));
        assertEquals(List.of("2024-03-05@5.3.2024"), dates(ModelLanguage.GERMAN, "Sitzung vom 5.3.2024", null));
    }

    @Test
    void aWeekdayIsTheLastSuchDayOnOrBeforeTheArticlesDateAndTodayIsItsDate() {
        // 2024-03-14 is a Thursday: "el martes" is 12 March, "heute" the 14th
        assertEquals(List.of("2024-03-12@martes"), dates(ModelLanguage.SPANISH, "Los ministros se reunieron el martes.", "2024-03-14"));
        assertEquals(List.of("2024-03-14@heute"), dates(ModelLanguage.GERMAN, "Der Rat tagt heute in Berlin.", "2024-03-14"));
        assertEquals(List.of("2024-03-11@星期一"), dates(ModelLanguage.CHINESE, "星期一举行会议。", "2024-03-14"));
    }

    @Test
    void aDayNoMonthHasIsNoDate() {
        assertEquals(List.of(), dates(ModelLanguage.SPANISH, "el 31 de febrero de 2024", null));
        assertEquals(List.of(), dates(ModelLanguage.FRENCH, "le 32 mars 2024", null));
    }
}
