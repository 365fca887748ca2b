package org.plenary.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a language writes them ("12 de marzo de 2024", "12. März", "2024年3月12日"), and the day a weekday or
 * "today" stands for in an article of a known date. A date without its year takes the article's year.
 */
public final class WrittenDates {
    /** A date the text states, as ISO-8601, and where. */
    public record WrittenDate(String iso, TextRef where) {}

    private final LanguageWords words;

    public WrittenDates(LanguageWords words) { this.words = words; }

    /** Every date the text states, in text order. {@code published}: the article's ISO date, if known. */
    public List<WrittenDate> find(String text, Optional<LocalDate> published) {
        List<WrittenDate> out = new ArrayList<>();
        for (Pattern p : words.datePatterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (out.stream().anyMatch(d -> d.where().overlaps(new TextRef(m.start(), m.end())))) continue;
                Optional<Integer> month = month(m.group("month"));
                Integer year = m.group("year") != null ? Integer.valueOf(m.group("year")) : published.map(LocalDate::getYear).orElse(null);
                if (month.isEmpty() || year == null) continue;
                try {
                    LocalDate d = LocalDate.of(year, month.get(), Integer.parseInt(m.group("day")));
                    out.add(new WrittenDate(d.toString(), new TextRef(m.start(), m.end())));
                } catch (DateTimeException | NumberFormatException e) {
                    // "31 de febrero": no date
                }
            }
        }
        if (published.isPresent()) {
            for (String w : words.weekdays.keySet()) for (TextRef r : wordsAt(text, w)) {
                if (out.stream().anyMatch(d -> d.where().overlaps(r))) continue;
                DayOfWeek day = DayOfWeek.of(words.weekdays.get(w));
                // a report tells of a meeting held on the weekday it names, on or before its own date
                out.add(new WrittenDate(published.get().with(TemporalAdjusters.previousOrSame(day)).toString(), r));
            }
            for (String w : words.todayWords) for (TextRef r : wordsAt(text, w))
                if (out.stream().noneMatch(d -> d.where().overlaps(r))) out.add(new WrittenDate(published.get().toString(), r));
        }
        out.sort(Comparator.comparingInt(d -> d.where().start()));
        return out;
    }

    private Optional<Integer> month(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(s);
            return n >= 1 && n <= 12 ? Optional.of(n) : Optional.empty();
        }
        return Optional.ofNullable(words.months.get(s.toLowerCase(Locale.ROOT)));
    }

    /** Where a word stands in the text, whole (for scripts written without spaces, wherever it stands). */
    static List<TextRef> wordsAt(String text, String word) {
        List<TextRef> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean spaced = word.codePoints().noneMatch(Character::isIdeographic);
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (spaced && ((at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) || (end < lower.length() && Character.isLetterOrDigit(lower.charAt(end)))))
                continue;
            out.add(new TextRef(at, end));
        }
        return out;
    }
}
