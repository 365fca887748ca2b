package org.plenary.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.plenary.graph.IriScheme;
import org.plenary.text.Slugs;
import org.plenary.resolve.NameMatch;
import org.plenary.resolve.NameMatcher;
import org.plenary.text.Folding;

/**
 * Compares a built Plenary graph with hand-written gold, one JSON file per article in the gold directory,
 * {@code <id>.json} where id is the article's file name without extension (its source graph is
 * {@code IriScheme.sourceGraph(Slugs.slug(id))}):
 *
 * <pre>{@code
 * { "article": "<id>.txt",
 *   "meetings": [{"name": "...", "date": "YYYY-MM-DD|YYYY-MM|null", "place": "...|null", "body": "...|null", "chair": "...|null"}],
 *   "persons": [{"name": "...", "spellings": ["..."], "roles": [{"title": "...", "organization": "...|null"}],
 *                "participation": "chair|convener|speaker|testifier|delegation head|attendee|null"}],
 *   "organizations": [{"name": "...", "spellings": ["..."]}],
 *   "statements": [{"speaker": "name", "direct": true, "text": "exact substring of the article"}] }
 * }</pre>
 *
 * <p>Measures (TP/FP/FN, micro-averaged over articles):
 * <ul>
 * <li>persons, organizations: a gold entity matches an extracted one when any gold spelling and any extracted
 *     name score at least {@link NameMatcher#MERGE_THRESHOLD}; one-to-one, best scores first.</li>
 * <li>roles: the holder is the extracted entity matched to the gold person, and the title is equal after case,
 *     diacritic and whitespace folding, or the organization matches.</li>
 * <li>participation: the participant is matched to the gold person and the kind is the same.</li>
 * <li>statements: gold and extracted spans overlap by at least half of the shorter (gold offsets are found in
 *     the article file), one-to-one.</li>
 * <li>speaker attribution, direct/reported, span exactness: over detected pairs, TP when correct, FP when
 *     wrong; FN = gold statements without a correct detected pair. So precision is the share of detected
 *     pairs that are right (span exactness: the exact text equals the gold text once whitespace and
 *     punctuation at the ends are trimmed), recall the share of gold statements found and right.</li>
 * <li>meetings and meeting date / place / chair: gold meetings paired with extracted ones (date, name and
 *     chair agreement first); a field is TP when an extracted value equals the gold one, each other extracted
 *     value is FP, a gold value without an equal extracted one is FN.</li>
 * </ul>
 * Plus wrong merges: extracted person entities whose names (from every graph) match two or more different
 * gold persons (gold persons of all articles, united when their spellings match).
 */
public final class Scorer {
    public static final String PERSONS = "persons";
    public static final String ORGANIZATIONS = "organizations";
    public static final String ROLES = "roles";
    public static final String PARTICIPATION = "participation";
    public static final String STATEMENTS = "statements";
    public static final String SPEAKERS = "speaker attribution";
    public static final String DIRECT = "direct/reported";
    public static final String SPAN_EXACT = "span exactness";
    public static final String MEETINGS = "meetings";
    public static final String MEETING_DATE = "meeting date";
    public static final String MEETING_PLACE = "meeting place";
    public static final String MEETING_CHAIR = "meeting chair";
    public static final List<String> MEASURES = List.of(PERSONS, ORGANIZATIONS, ROLES, PARTICIPATION, STATEMENTS,
            SPEAKERS, DIRECT, SPAN_EXACT, MEETINGS, MEETING_DATE, MEETING_PLACE, MEETING_CHAIR);

    private final NameMatcher names;
    private final double threshold;

    public Scorer() { this(NameMatcher.standard(), NameMatcher.MERGE_THRESHOLD); }

    public Scorer(NameMatcher names, double threshold) {
        this.names = names;
        this.threshold = threshold;
    }

    public ScoreReport score(Dataset dataset, IriScheme iris, Path articlesDir, Path goldDir) {
        List<GoldArticle> golds = GoldReader.readDirectory(goldDir);
        return Txn.calculateRead(dataset, () -> {
            GraphReader reader = new GraphReader(dataset, iris);
            List<ArticleScore> scores = new ArrayList<>();
            for (GoldArticle gold : golds) {
                ExtractedArticle extracted = reader.read(Slugs.slug(gold.id()));
                scores.add(new ArticleScoring(gold, extracted, articleText(articlesDir, gold)).score());
            }
            return new ScoreReport(scores, wrongMerges(golds, reader.allPersons(), reader.personMentionsByGraph(), iris));
        });
    }

    private static Optional<String> articleText(Path articlesDir, GoldArticle gold) {
        Path file = articlesDir.resolve(gold.article());
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read article " + file, e);
        }
    }

    // ---- name agreement

    private double personScore(List<String> gold, Set<String> extracted) {
        return best(gold, extracted, names::comparePersons);
    }

    private double orgScore(List<String> gold, Set<String> extracted) {
        return best(gold, extracted, names::compareOrganizations);
    }

    private double anyScore(List<String> gold, Set<String> extracted) {
        return Math.max(personScore(gold, extracted), orgScore(gold, extracted));
    }

    private static double best(List<String> gold, Set<String> extracted, BiFunction<String, String, NameMatch> f) {
        double best = 0;
        for (String g : gold) for (String e : extracted) best = Math.max(best, f.apply(g, e).score());
        return best;
    }

    /** Case, diacritics, hyphens and runs of whitespace folded: for titles. */
    static String fold(String s) {
        return Folding.letters(s).toLowerCase(Locale.ROOT).replaceAll("[\\s\\-\u2010\u2011\u2013]+", " ").strip();
    }

    /** Whitespace and punctuation (including quotation marks) trimmed from both ends: for span exactness. */
    static String trimSpan(String s) {
        return s.replaceAll("^[\\s\\p{Pi}\\p{Pf}\"'\\p{Ps}]+", "").replaceAll("[\\s\\p{P}]+$", "");
    }

    // ---- one-to-one assignment

    private record Pair(int gold, int extracted, double score) {}

    /** Pairs at or above the minimum, best first, each side used once. */
    private static List<Pair> assign(int golds, int extracted, BiFunction<Integer, Integer, Double> score, double min) {
        List<Pair> all = new ArrayList<>();
        for (int i = 0; i < golds; i++)
            for (int j = 0; j < extracted; j++) {
                double s = score.apply(i, j);
                if (s >= min) all.add(new Pair(i, j, s));
            }
        all.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparingInt(Pair::gold).thenComparingInt(Pair::extracted));
        Set<Integer> g = new HashSet<>(), e = new HashSet<>();
        List<Pair> out = new ArrayList<>();
        for (Pair p : all) if (!g.contains(p.gold) && !e.contains(p.extracted)) {
            g.add(p.gold);
            e.add(p.extracted);
            out.add(p);
        }
        return out;
    }

    // ---- wrong merges

    /**
     * An extracted person is a wrong merge when its mentions in each article, matched against that article's own gold
     * persons, reach two gold persons that are not one (gold persons of all articles united when their spellings
     * match). Each article's mentions are matched only to its own gold: a bare "Peters" of one article says nothing
     * about another article's "Mr Peters".
     */
    private List<String> wrongMerges(List<GoldArticle> golds, List<ExtractedArticle.Entity> persons,
            Map<String, Map<String, Set<String>>> mentionsByGraph, IriScheme iris) {
        List<List<String>> spellings = new ArrayList<>();
        Map<String, List<Integer>> goldOfGraph = new HashMap<>();
        for (GoldArticle g : golds) {
            List<Integer> own = goldOfGraph.computeIfAbsent(iris.sourceGraph(Slugs.slug(g.id())), k -> new ArrayList<>());
            for (GoldArticle.Person p : g.persons()) {
                own.add(spellings.size());
                spellings.add(p.names());
            }
        }
        int[] cluster = new int[spellings.size()];
        for (int i = 0; i < cluster.length; i++) {
            cluster[i] = i;
            for (int j = 0; j < i; j++) {
                if (personScore(spellings.get(i), Set.copyOf(spellings.get(j))) >= threshold) {
                    cluster[i] = cluster[j];
                    break;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (ExtractedArticle.Entity e : persons) {
            Map<Integer, String> matched = new LinkedHashMap<>();
            mentionsByGraph.getOrDefault(e.iri(), Map.of()).forEach((graph, texts) -> {
                for (int i : goldOfGraph.getOrDefault(graph, List.of()))
                    if (personScore(spellings.get(i), texts) >= threshold) matched.putIfAbsent(cluster[i], spellings.get(i).get(0));
            });
            if (matched.size() >= 2)
                out.add(e.iri() + " " + new java.util.TreeSet<>(e.names()) + " unites gold persons " + matched.values());
        }
        return out;
    }

    // ---- one article

    private final class ArticleScoring {
        private final GoldArticle gold;
        private final ExtractedArticle ex;
        private final Optional<String> text;
        private final Map<String, Metric> metrics = new LinkedHashMap<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        /** extracted person IRI -> gold person index */
        private final Map<String, Integer> personOf = new LinkedHashMap<>();

        ArticleScoring(GoldArticle gold, ExtractedArticle ex, Optional<String> text) {
            this.gold = gold;
            this.ex = ex;
            this.text = text;
            for (String m : MEASURES) metrics.put(m, Metric.ZERO);
        }

        ArticleScore score() {
            persons();
            organizations();
            roles();
            participation();
            statements();
            meetings();
            return new ArticleScore(gold.id(), metrics, findings, warnings);
        }

        private void add(String measure, Finding.Outcome o, String detail) {
            Metric m = switch (o) {
                case TP -> new Metric(1, 0, 0);
                case FP -> new Metric(0, 1, 0);
                case FN -> new Metric(0, 0, 1);
            };
            metrics.merge(measure, m, Metric::plus);
            findings.add(new Finding(gold.id(), measure, o, detail));
        }

        private void persons() {
            List<GoldArticle.Person> g = gold.persons();
            List<ExtractedArticle.Entity> e = ex.persons();
            List<Pair> pairs = assign(g.size(), e.size(), (i, j) -> personScore(g.get(i).names(), e.get(j).names()), threshold);
            entities(PERSONS, g.stream().map(GoldArticle.Person::names).toList(), e, pairs);
            for (Pair p : pairs) personOf.put(e.get(p.extracted).iri(), p.gold);
        }

        private void organizations() {
            List<GoldArticle.Organization> g = gold.organizations();
            List<ExtractedArticle.Entity> e = ex.organizations();
            List<Pair> pairs = assign(g.size(), e.size(), (i, j) -> orgScore(g.get(i).names(), e.get(j).names()), threshold);
            entities(ORGANIZATIONS, g.stream().map(GoldArticle.Organization::names).toList(), e, pairs);
        }

        private void entities(String measure, List<List<String>> g, List<ExtractedArticle.Entity> e, List<Pair> pairs) {
            Set<Integer> gm = new HashSet<>(), em = new HashSet<>();
            for (Pair p : pairs) {
                gm.add(p.gold);
                em.add(p.extracted);
                add(measure, Finding.Outcome.TP, "'" + g.get(p.gold).get(0) + "' = " + describe(e.get(p.extracted))
                        + String.format(Locale.ROOT, " (%.2f)", p.score));
            }
            for (int i = 0; i < g.size(); i++) if (!gm.contains(i)) add(measure, Finding.Outcome.FN, "'" + g.get(i).get(0) + "'");
            for (int j = 0; j < e.size(); j++) if (!em.contains(j)) add(measure, Finding.Outcome.FP, describe(e.get(j)));
        }

        private String describe(ExtractedArticle.Entity e) {
            return e.iri() + " " + new java.util.TreeSet<>(e.names());
        }

        private boolean holderIs(ExtractedArticle.Entity holder, int goldPerson) {
            Integer p = personOf.get(holder.iri());
            return p != null && p == goldPerson;
        }

        /** A gold organization name with the spellings the gold gives for it. */
        private List<String> orgSpellings(String name) {
            for (GoldArticle.Organization o : gold.organizations())
                for (String n : o.names()) if (names.key(n).equals(names.key(name))) return o.names();
            return List.of(name);
        }

        private void roles() {
            List<ExtractedArticle.Role> roles = ex.roles();
            boolean[] used = new boolean[roles.size()];
            for (int p = 0; p < gold.persons().size(); p++) {
                GoldArticle.Person person = gold.persons().get(p);
                for (GoldArticle.Role r : person.roles()) {
                    int hit = -1;
                    for (int j = 0; j < roles.size() && hit < 0; j++) {
                        ExtractedArticle.Role x = roles.get(j);
                        if (used[j] || !holderIs(x.holder(), p)) continue;
                        boolean title = !r.title().isBlank() && x.title().map(t -> fold(t).equals(fold(r.title()))).orElse(false);
                        boolean org = r.organization().isPresent() && x.organization()
                                .map(o -> orgScore(orgSpellings(r.organization().get()), o.names()) >= threshold).orElse(false);
                        if (title || org) hit = j;
                    }
                    String desc = "'" + person.name() + "': '" + r.title() + "'" + r.organization().map(o -> " at '" + o + "'").orElse("");
                    if (hit >= 0) {
                        used[hit] = true;
                        add(ROLES, Finding.Outcome.TP, desc);
                    } else {
                        add(ROLES, Finding.Outcome.FN, desc);
                    }
                }
            }
            for (int j = 0; j < roles.size(); j++) if (!used[j]) {
                ExtractedArticle.Role x = roles.get(j);
                add(ROLES, Finding.Outcome.FP, describe(x.holder()) + ": '" + x.title().orElse("") + "'"
                        + x.organization().map(o -> " at " + new java.util.TreeSet<>(o.names())).orElse(""));
            }
        }

        private void participation() {
            List<ExtractedArticle.Participation> parts = ex.participations();
            boolean[] used = new boolean[parts.size()];
            for (int p = 0; p < gold.persons().size(); p++) {
                GoldArticle.Person person = gold.persons().get(p);
                if (person.participation().isEmpty()) continue;
                String kind = person.participation().get().toLowerCase(Locale.ROOT).strip();
                int hit = -1;
                for (int j = 0; j < parts.size() && hit < 0; j++)
                    if (!used[j] && parts.get(j).kind().equals(kind) && holderIs(parts.get(j).agent(), p)) hit = j;
                if (hit >= 0) {
                    used[hit] = true;
                    add(PARTICIPATION, Finding.Outcome.TP, "'" + person.name() + "' " + kind);
                } else {
                    add(PARTICIPATION, Finding.Outcome.FN, "'" + person.name() + "' " + kind);
                }
            }
            for (int j = 0; j < parts.size(); j++)
                if (!used[j]) add(PARTICIPATION, Finding.Outcome.FP, describe(parts.get(j).agent()) + " " + parts.get(j).kind());
        }

        /** A statement's place in the article in code points, or null when unknown. */
        private int[] locate(String s) {
            if (text.isEmpty() || s.isEmpty()) return null;
            int i = text.get().indexOf(s);
            if (i < 0) return null;
            int start = text.get().codePointCount(0, i);
            return new int[] {start, start + s.codePointCount(0, s.length())};
        }

        private void statements() {
            List<GoldArticle.Statement> g = gold.statements();
            List<ExtractedArticle.Statement> e = ex.statements();
            if (text.isEmpty() && !g.isEmpty()) warnings.add("article file '" + gold.article() + "' not found; statements matched by text only");
            int[][] gs = new int[g.size()][];
            for (int i = 0; i < g.size(); i++) {
                gs[i] = locate(g.get(i).text());
                if (gs[i] == null && text.isPresent()) warnings.add("gold statement text not found in the article: '" + g.get(i).text() + "'");
            }
            int[][] es = new int[e.size()][];
            for (int j = 0; j < e.size(); j++) {
                ExtractedArticle.Statement x = e.get(j);
                es[j] = x.start() >= 0 && x.end() >= x.start() ? new int[] {x.start(), x.end()} : locate(x.exact());
            }
            List<Pair> pairs = assign(g.size(), e.size(), (i, j) -> overlap(gs[i], es[j], g.get(i).text(), e.get(j).exact()), 0.5);
            Set<Integer> gm = new HashSet<>(), em = new HashSet<>();
            for (Pair p : pairs) {
                gm.add(p.gold);
                em.add(p.extracted);
                GoldArticle.Statement gst = g.get(p.gold);
                ExtractedArticle.Statement xst = e.get(p.extracted);
                add(STATEMENTS, Finding.Outcome.TP, quote(gst.text()));
                Set<String> speakerNames = xst.speaker().map(ExtractedArticle.Entity::names).orElse(Set.of());
                boolean speaker = anyScore(speakerSpellings(gst.speaker()), speakerNames) >= threshold;
                judged(SPEAKERS, speaker, quote(gst.text()) + ": gold speaker '" + gst.speaker() + "', extracted "
                        + xst.speaker().map(this::describe).orElse("none"));
                boolean direct = xst.direct().map(d -> d == gst.direct()).orElse(false);
                judged(DIRECT, direct, quote(gst.text()) + ": gold " + (gst.direct() ? "direct" : "reported") + ", extracted "
                        + xst.direct().map(d -> d ? "direct" : "reported").orElse("unknown"));
                boolean exact = trimSpan(xst.exact()).equals(trimSpan(gst.text()));
                judged(SPAN_EXACT, exact, "gold " + quote(gst.text()) + ", extracted " + quote(xst.exact()));
            }
            for (int i = 0; i < g.size(); i++) if (!gm.contains(i)) {
                String d = quote(g.get(i).text()) + " (" + g.get(i).speaker() + ")";
                add(STATEMENTS, Finding.Outcome.FN, d);
                for (String m : List.of(SPEAKERS, DIRECT, SPAN_EXACT)) metrics.merge(m, new Metric(0, 0, 1), Metric::plus);
            }
            for (int j = 0; j < e.size(); j++) if (!em.contains(j))
                add(STATEMENTS, Finding.Outcome.FP, quote(e.get(j).exact()) + " ("
                        + e.get(j).speaker().map(this::describe).orElse("no speaker") + ")");
        }

        /** A judgement on a detected pair: right is TP; wrong is FP and leaves the gold statement FN. */
        private void judged(String measure, boolean right, String detail) {
            if (right) {
                add(measure, Finding.Outcome.TP, detail);
            } else {
                add(measure, Finding.Outcome.FP, detail);
                metrics.merge(measure, new Metric(0, 0, 1), Metric::plus);
            }
        }

        private List<String> speakerSpellings(String speaker) {
            for (GoldArticle.Person p : gold.persons())
                for (String n : p.names()) if (names.key(n).equals(names.key(speaker))) return p.names();
            return orgSpellings(speaker);
        }

        private void meetings() {
            List<GoldArticle.Meeting> g = gold.meetings();
            List<ExtractedArticle.Meeting> e = ex.meetings();
            List<Pair> pairs = assign(g.size(), e.size(), (i, j) -> meetingAgreement(g.get(i), e.get(j)), 0.0);
            Set<Integer> gm = new HashSet<>(), em = new HashSet<>();
            for (Pair p : pairs) {
                gm.add(p.gold);
                em.add(p.extracted);
                GoldArticle.Meeting gmt = g.get(p.gold);
                ExtractedArticle.Meeting xmt = e.get(p.extracted);
                add(MEETINGS, Finding.Outcome.TP, "'" + gmt.name() + "' = " + xmt.iri());
                field(MEETING_DATE, gmt, gmt.date(), xmt.dates().stream().map(d -> d).toList(), (gv, xv) -> gv.equals(xv), x -> x);
                field(MEETING_PLACE, gmt, gmt.place(), xmt.places(),
                        (gv, xv) -> anyScore(List.of(gv), xv.names()) >= threshold, this::describe);
                field(MEETING_CHAIR, gmt, gmt.chair(), xmt.chairs(),
                        (gv, xv) -> personScore(speakerSpellings(gv), xv.names()) >= threshold, this::describe);
            }
            for (int i = 0; i < g.size(); i++) if (!gm.contains(i)) {
                GoldArticle.Meeting gmt = g.get(i);
                add(MEETINGS, Finding.Outcome.FN, "'" + gmt.name() + "'");
                field(MEETING_DATE, gmt, gmt.date(), List.<String>of(), String::equals, x -> x);
                field(MEETING_PLACE, gmt, gmt.place(), List.<String>of(), String::equals, x -> x);
                field(MEETING_CHAIR, gmt, gmt.chair(), List.<String>of(), String::equals, x -> x);
            }
            for (int j = 0; j < e.size(); j++) if (!em.contains(j)) {
                ExtractedArticle.Meeting xmt = e.get(j);
                add(MEETINGS, Finding.Outcome.FP, xmt.iri() + " " + xmt.names());
                for (String d : xmt.dates()) add(MEETING_DATE, Finding.Outcome.FP, xmt.iri() + ": " + d);
                for (var pl : xmt.places()) add(MEETING_PLACE, Finding.Outcome.FP, xmt.iri() + ": " + describe(pl));
                for (var ch : xmt.chairs()) add(MEETING_CHAIR, Finding.Outcome.FP, xmt.iri() + ": " + describe(ch));
            }
        }

        private <X> void field(String measure, GoldArticle.Meeting meeting, Optional<String> goldValue, List<X> values,
                               BiFunction<String, X, Boolean> same, java.util.function.Function<X, String> show) {
            boolean found = false;
            for (X x : values) {
                if (!found && goldValue.isPresent() && same.apply(goldValue.get(), x)) {
                    found = true;
                    add(measure, Finding.Outcome.TP, "'" + meeting.name() + "': " + goldValue.get());
                } else {
                    add(measure, Finding.Outcome.FP, "'" + meeting.name() + "': " + show.apply(x)
                            + goldValue.map(v -> " (gold " + v + ")").orElse(" (gold none)"));
                }
            }
            if (!found && goldValue.isPresent()) add(measure, Finding.Outcome.FN, "'" + meeting.name() + "': " + goldValue.get());
        }

        /** How well an extracted meeting fits a gold one: same date, a folded-equal or overlapping name, same chair. */
        private double meetingAgreement(GoldArticle.Meeting g, ExtractedArticle.Meeting e) {
            double s = 0;
            if (g.date().isPresent() && e.dates().contains(g.date().get())) s += 2;
            Set<String> gw = words(g.name());
            double bestName = 0;
            for (String n : e.names()) {
                Set<String> ew = words(n), common = new LinkedHashSet<>(gw);
                common.retainAll(ew);
                Set<String> union = new LinkedHashSet<>(gw);
                union.addAll(ew);
                if (!union.isEmpty()) bestName = Math.max(bestName, (double) common.size() / union.size());
            }
            s += bestName;
            if (g.chair().isPresent())
                for (var c : e.chairs()) if (personScore(speakerSpellings(g.chair().get()), c.names()) >= threshold) s += 0.5;
            return s;
        }

        private Set<String> words(String s) {
            return new LinkedHashSet<>(List.of(fold(s).split("[^\\p{L}\\p{N}]+")));
        }
    }

    /** Overlap of two spans as a share of the shorter; text equality when a span is unknown. */
    private static double overlap(int[] g, int[] e, String gText, String eText) {
        if (g == null || e == null) return trimSpan(gText).equals(trimSpan(eText)) && !gText.isBlank() ? 1.0 : 0.0;
        int shorter = Math.min(g[1] - g[0], e[1] - e[0]);
        int ov = Math.min(g[1], e[1]) - Math.max(g[0], e[0]);
        if (shorter <= 0 || ov <= 0) return 0.0;
        return (double) ov / shorter;
    }

    private static String quote(String s) {
        String t = s.strip();
        return "\"" + (t.length() > 80 ? t.substring(0, 77) + "..." : t) + "\"";
    }
}
