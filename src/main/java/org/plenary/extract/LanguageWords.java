package org.plenary.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.plenary.ingest.DataFiles;

/**
 * The word lists of one language other than English, each a resource file under {@code languages/<tag>/} with its
 * sources in its header: verbs of saying, nouns for a meeting, pronouns that stand for a speaker, how dates are
 * written, and the language's quotation marks ({@code languages/quotation-marks.tsv}).
 */
public final class LanguageWords {
    private static final Map<ModelLanguage, LanguageWords> LOADED = new ConcurrentHashMap<>();

    /** An opening quotation mark and the closing mark that ends it. */
    public record QuotationMarks(String open, String close) {}

    public final Set<String> speechVerbs;
    public final Set<String> meetingNouns;
    public final Set<String> pronouns;
    public final List<QuotationMarks> quotationMarks;
    /** Month names, lower case, to their number. */
    public final Map<String, Integer> months;
    /** Weekday names, lower case, to their ISO number (Monday 1). */
    public final Map<String, Integer> weekdays;
    public final Set<String> todayWords;
    /** Patterns of a written date, with groups day, month (a number or a name of {@link #months}) and year. */
    public final List<Pattern> datePatterns;

    private LanguageWords(ModelLanguage language) {
        String dir = "languages/" + language.tag() + "/";
        speechVerbs = lowerSet(lines(dir + "speech-verbs.txt"));
        meetingNouns = lowerSet(lines(dir + "meeting-nouns.txt"));
        pronouns = lowerSet(lines(dir + "pronouns.txt"));
        List<QuotationMarks> marks = new ArrayList<>();
        for (String l : lines("languages/quotation-marks.tsv")) {
            String[] c = l.split("\t");
            if (c.length == 3 && c[0].equals(language.tag())) marks.add(new QuotationMarks(c[1], c[2]));
        }
        quotationMarks = List.copyOf(marks);
        Map<String, Integer> m = new HashMap<>(), w = new HashMap<>();
        Set<String> today = new HashSet<>();
        List<String> patterns = new ArrayList<>();
        for (String l : lines(dir + "dates.txt")) {
            String[] c = l.split("\t");
            switch (c[0]) {
                case "month" -> m.put(c[1].toLowerCase(Locale.ROOT), Integer.parseInt(c[2]));
                case "weekday" -> w.put(c[1].toLowerCase(Locale.ROOT), Integer.parseInt(c[2]));
                case "today" -> today.add(c[1].toLowerCase(Locale.ROOT));
                case "pattern" -> patterns.add(c[1]);
                default -> throw new IllegalStateException(dir + "dates.txt: unknown line kind " + c[0]);
            }
        }
        months = Map.copyOf(m);
        weekdays = Map.copyOf(w);
        todayWords = Set.copyOf(today);
        // longest names first, so that an alternation prefers "septiembre" over a shorter name it starts with
        String monthNames = String.join("|", m.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
        datePatterns = patterns.stream()
                .map(p -> Pattern.compile(p.replace("{month}", monthNames.isEmpty() ? "\\d{1,2}" : monthNames),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    }

    public static LanguageWords of(ModelLanguage language) {
        if (language == ModelLanguage.ENGLISH) throw new IllegalArgumentException("English uses Lexicon");
        return LOADED.computeIfAbsent(language, LanguageWords::new);
    }

    private static List<String> lines(String name) { return DataFiles.lines(LanguageWords.class, name); }

    private static Set<String> lowerSet(List<String> lines) {
        Set<String> s = new HashSet<>();
        for (String l : lines) s.add(l.toLowerCase(Locale.ROOT));
        return Set.copyOf(s);
    }
}
