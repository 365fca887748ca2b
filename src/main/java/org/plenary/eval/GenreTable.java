package org.plenary.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The scorer's figures per genre: each genre's article scores summed (micro-averaged, as the totals), one row per
 * genre and system, so that Plenary and a baseline scored on the same articles stand side by side. The counts are
 * the scorer's; this only groups them.
 */
public final class GenreTable {
    /** Columns: F1 of these measures, and the recall of statements. */
    public static final List<String> COLUMNS = List.of(Scorer.PERSONS, Scorer.ORGANIZATIONS, Scorer.ROLES,
            Scorer.PARTICIPATION, Scorer.STATEMENTS, Scorer.SPEAKERS, Scorer.MEETING_DATE, Scorer.MEETING_CHAIR);
    public static final String ALL = "all";

    private final Map<String, ScoreReport> systems;
    private final Function<String, String> genreOf;

    /**
     * @param systems label -> report, in display order (e.g. "plenary", "corenlp")
     * @param genreOf article id -> genre
     */
    public GenreTable(Map<String, ScoreReport> systems, Function<String, String> genreOf) {
        this.systems = new LinkedHashMap<>(systems);
        this.genreOf = genreOf;
    }

    /** genre -> measure -> counts for one report; the genre {@link #ALL} holds the totals. */
    public Map<String, Map<String, Metric>> byGenre(ScoreReport report) {
        Map<String, Map<String, Metric>> out = new TreeMap<>();
        for (ArticleScore a : report.articles()) {
            for (String g : new java.util.LinkedHashSet<>(List.of(genreOf.apply(a.id()), ALL))) {
                Map<String, Metric> m = out.computeIfAbsent(g, k -> new LinkedHashMap<>());
                a.metrics().forEach((k, v) -> m.merge(k, v, Metric::plus));
            }
        }
        return out;
    }

    private static int articles(ScoreReport report, Function<String, String> genreOf, String genre) {
        return (int) report.articles().stream().filter(a -> genre.equals(ALL) || genre.equals(genreOf.apply(a.id()))).count();
    }

    /** "–" where neither gold nor output has an item (the scorer's 1.0 for an empty measure says nothing there). */
    private static String cell(Metric m, double value) {
        return m.tp() + m.fp() + m.fn() == 0 ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A plain-text table; also valid as a Markdown table. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("| genre | system | articles |");
        for (String c : COLUMNS) out.append(' ').append(c).append(" F1 |");
        out.append(" statements recall |\n|---|---|---|");
        out.append("---|".repeat(COLUMNS.size() + 1)).append('\n');
        Map<String, Map<String, Map<String, Metric>>> grouped = new LinkedHashMap<>();
        systems.forEach((label, r) -> grouped.put(label, byGenre(r)));
        TreeMap<String, Boolean> genres = new TreeMap<>();
        grouped.values().forEach(g -> g.keySet().forEach(k -> genres.put(k, true)));
        genres.remove(ALL);
        List<String> order = new java.util.ArrayList<>(genres.keySet());
        order.add(ALL);
        for (String genre : order) {
            for (var sys : grouped.entrySet()) {
                Map<String, Metric> m = sys.getValue().getOrDefault(genre, Map.of());
                out.append("| ").append(genre).append(" | ").append(sys.getKey()).append(" | ")
                        .append(articles(systems.get(sys.getKey()), genreOf, genre)).append(" |");
                for (String c : COLUMNS) out.append(' ').append(cell(m.getOrDefault(c, Metric.ZERO), m.getOrDefault(c, Metric.ZERO).f1())).append(" |");
                Metric st = m.getOrDefault(Scorer.STATEMENTS, Metric.ZERO);
                out.append(' ').append(cell(st, st.recall())).append(" |\n");
            }
        }
        return out.toString();
    }
}
