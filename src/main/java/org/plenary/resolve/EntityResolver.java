package org.plenary.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenary.extract.ArticleExtraction;
import org.plenary.extract.EntityKind;
import org.plenary.extract.ExtractedEntity;
import org.plenary.extract.MeetingFact;
import org.plenary.extract.RoleFact;
import org.plenary.text.Slugs;

/**
 * The resolve stage: decides which entities of different articles are the same, on evidence. Names are compared
 * with {@link NameMatcher} (romanization, order, diacritics, titles, acronyms); a title both articles give adds
 * evidence. A pair at or above {@link NameMatcher#MERGE_THRESHOLD} is merged, with its score and evidence kept;
 * a weaker pair that still shares evidence stays a candidate. Two bare surnames ("Mr Peters", "Peters") match only
 * with a title both articles give: the same surname alone is no evidence across articles. Entities of one article are never merged here: the
 * article's own grouping already kept them apart. Meetings are the same when their date and body agree.
 */
public final class EntityResolver {
    /** Pairs at or above this score but below the merge threshold are listed as candidates. */
    public static final double CANDIDATE_THRESHOLD = 0.6;
    private static final double SHARED_TITLE_BONUS = 0.05;

    private final NameMatcher names;

    public EntityResolver(NameMatcher names) { this.names = names; }

    private static final class Cluster {
        final EntityKind kind;
        final List<EntityRef> members = new ArrayList<>();
        final List<ExtractedEntity> entities = new ArrayList<>();
        /** Every name and alternative name of the members, each once, in the order first seen. */
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> titles = new LinkedHashSet<>();
        final Set<String> sources = new LinkedHashSet<>();
        final List<String> evidence = new ArrayList<>();
        double score = 1.0;
        Cluster(EntityKind kind) { this.kind = kind; }
    }

    public Resolution resolve(List<ArticleExtraction> articles) { return resolve(articles, KnownIds.NONE); }

    /**
     * Resolves, keeping the ids of {@code known} (a previous build's): an entity keeps the id most of its mentions
     * had, unless an entity with more such mentions claimed it first; other entities get ids minted from their
     * preferred names, never one already kept.
     */
    public Resolution resolve(List<ArticleExtraction> articles, KnownIds known) {
        List<ArticleExtraction> sorted = articles.stream().sorted(Comparator.comparing(a -> a.article().id())).toList();
        List<Cluster> clusters = new ArrayList<>();
        List<MergeDecision> candidates = new ArrayList<>();
        // The same two names are compared again for every article that uses them: compare each pair once.
        Map<String, NameMatch> compared = new HashMap<>();
        for (ArticleExtraction a : sorted) {
            String src = a.article().id();
            for (ExtractedEntity e : a.entities()) {
                Set<String> titles = titles(a, e.key());
                Cluster best = null;
                NameMatch bestMatch = NameMatch.NONE;
                for (Cluster c : clusters) {
                    if (c.kind != e.kind() || c.sources.contains(src)) continue;
                    NameMatch m = compare(c, e, titles, compared);
                    if (m.score() > bestMatch.score()) { best = c; bestMatch = m; }
                }
                if (best != null && bestMatch.score() >= NameMatcher.MERGE_THRESHOLD) {
                    best.evidence.addAll(bestMatch.evidence());
                    best.score = Math.min(best.score, bestMatch.score());
                    add(best, src, e, titles);
                } else {
                    Cluster c = new Cluster(e.kind());
                    add(c, src, e, titles);
                    clusters.add(c);
                    if (best != null && bestMatch.score() >= CANDIDATE_THRESHOLD)
                        candidates.add(new MergeDecision("", "", List.of(best.members.get(0), new EntityRef(src, e.key())),
                                bestMatch.score(), bestMatch.evidence(), false));
                }
            }
        }
        // identities: the preferred name is the one most articles use (ties: the fuller, then the first)
        Map<EntityRef, ResolvedEntity> byRef = new HashMap<>();
        Map<Cluster, ResolvedEntity> byCluster = new LinkedHashMap<>();
        Set<String> taken = new java.util.HashSet<>();
        Map<String, Integer> aliasUse = new HashMap<>();
        List<Cluster> ordered = new ArrayList<>(clusters);
        Map<Cluster, String> kept = keptIds(ordered, known);
        kept.forEach((c, id) -> taken.add(c.kind.slug() + "/" + id));
        for (Cluster c : ordered) {
            String name = preferredName(c);
            String unique = kept.get(c);
            if (unique == null) {
                String id = Slugs.slug(name);
                unique = id;
                for (int n = 2; taken.contains(c.kind.slug() + "/" + unique); n++) unique = id + "-" + n;
                taken.add(c.kind.slug() + "/" + unique);
            }
            Set<String> alt = new LinkedHashSet<>();
            for (ExtractedEntity e : c.entities) {
                alt.add(e.name());
                alt.addAll(e.altNames());
            }
            alt.remove(name);
            List<String> aliasIds = new ArrayList<>();
            for (String a : alt) {
                String s = Slugs.slug(a);
                if (!s.equals(unique) && !aliasIds.contains(s)) aliasIds.add(s);
            }
            for (String s : aliasIds) aliasUse.merge(c.kind.slug() + "/" + s, 1, Integer::sum);
            byCluster.put(c, new ResolvedEntity(unique, c.kind, name, List.copyOf(alt), c.members, aliasIds));
        }
        // an alias slug that is another entity's id, or shared by two entities, would be ambiguous: drop it
        List<MergeDecision> merges = new ArrayList<>();
        for (Map.Entry<Cluster, ResolvedEntity> en : byCluster.entrySet()) {
            ResolvedEntity r = en.getValue();
            List<String> safe = r.aliasIds().stream().filter(s -> !taken.contains(r.kind().slug() + "/" + s)
                    && aliasUse.get(r.kind().slug() + "/" + s) == 1).toList();
            ResolvedEntity fixed = new ResolvedEntity(r.id(), r.kind(), r.name(), r.altNames(), r.members(), safe);
            for (EntityRef ref : r.members()) byRef.put(ref, fixed);
            Cluster c = en.getKey();
            if (c.sources.size() > 1)
                merges.add(new MergeDecision(fixed.id(), fixed.id(), c.members, c.score, List.copyOf(new LinkedHashSet<>(c.evidence)), true));
        }
        List<MergeDecision> all = new ArrayList<>(merges);
        for (MergeDecision cand : candidates) {
            ResolvedEntity a = byRef.get(cand.members().get(0)), b = byRef.get(cand.members().get(1));
            if (a != null && b != null && a != b)
                all.add(new MergeDecision(a.id(), b.id(), cand.members(), cand.score(), cand.evidence(), false));
        }
        return new Resolution(byRef, meetings(sorted, byRef), all);
    }

    /**
     * The previous ids the clusters keep: each cluster's most common previous id among its mentions; the cluster with
     * more such mentions wins an id two clusters claim (ties: the first cluster), and the other mints a new one.
     */
    private static Map<Cluster, String> keptIds(List<Cluster> clusters, KnownIds known) {
        Map<Cluster, String> out = new HashMap<>();
        if (known.byMention().isEmpty()) return out;
        record Claim(Cluster cluster, int order, String id, int votes) {}
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            Map<String, Integer> votes = new LinkedHashMap<>();
            for (int m = 0; m < c.members.size(); m++) {
                ExtractedEntity e = c.entities.get(m);
                known.lookup(c.members.get(m).sourceId(), e.kind(), e.name()).ifPresent(id -> votes.merge(id, 1, Integer::sum));
            }
            int order = i;
            votes.entrySet().stream().max(Map.Entry.comparingByValue())
                    .ifPresent(best -> claims.add(new Claim(c, order, best.getKey(), best.getValue())));
        }
        claims.sort(Comparator.comparingInt(Claim::votes).reversed().thenComparingInt(Claim::order));
        Set<String> claimed = new java.util.HashSet<>();
        for (Claim claim : claims)
            if (claimed.add(claim.cluster().kind.slug() + "/" + claim.id())) out.put(claim.cluster(), claim.id());
        return out;
    }

    /**
     * The best match between any name of the cluster and any name of the entity. Each distinct name of the cluster
     * is tried once, in the order first seen, which finds the same first best pair as trying every member's names.
     */
    private NameMatch compare(Cluster c, ExtractedEntity e, Set<String> titles, Map<String, NameMatch> compared) {
        NameMatch best = NameMatch.NONE;
        boolean bestBare = false;
        List<String> own = names(e);
        for (String a : c.names) {
            for (String b : own) {
                if (e.kind() == EntityKind.ORGANIZATION && (generic(a) || generic(b))) continue;
                NameMatch m = compared.computeIfAbsent(e.kind() + "\u0000" + a + "\u0000" + b, k -> switch (e.kind()) {
                    case PERSON -> names.comparePersons(a, b);
                    case ORGANIZATION -> names.compareOrganizations(a, b);
                    case PLACE -> names.key(a).equals(names.key(b)) ? new NameMatch(1.0, List.of("same place name: " + a))
                            : names.compareOrganizations(a, b);
                });
                if (m.score() > best.score()) {
                    best = m;
                    bestBare = bareName(a) && bareName(b);
                }
            }
        }
        // "Mr Peters" of one article and "Peters" of another: each bare surname names its own article's person, so
        // the same surname alone is no evidence across articles; a title both articles give is
        if (e.kind() == EntityKind.PERSON && bestBare && titles.stream().noneMatch(c.titles::contains)) return NameMatch.NONE;
        if (best.score() > 0 && best.score() < 1.0) {
            for (String t : titles) if (c.titles.contains(t)) {
                List<String> ev = new ArrayList<>(best.evidence());
                ev.add("both sources give the title \"" + t + "\"");
                best = new NameMatch(Math.min(1.0, best.score() + SHARED_TITLE_BONUS), ev);
                break;
            }
        }
        return best;
    }

    /**
     * "the Committee", "the Department": a bare organization word names a different organization in each article
     * (its own article's committee), so it is no evidence that two articles mean the same one.
     */
    private static boolean generic(String name) {
        return org.plenary.extract.Lexicon.standard().organizationHeads.contains(name.strip());
    }

    /** A person name of one word once titles are stripped: a bare surname (or given name). */
    private boolean bareName(String name) {
        String key = names.key(name);
        return !key.isEmpty() && !key.contains(" ");
    }

    private static List<String> names(ExtractedEntity e) {
        List<String> n = new ArrayList<>();
        n.add(e.name());
        n.addAll(e.altNames());
        return n;
    }

    private static void add(Cluster c, String src, ExtractedEntity e, Set<String> titles) {
        c.members.add(new EntityRef(src, e.key()));
        c.entities.add(e);
        c.names.addAll(names(e));
        c.sources.add(src);
        c.titles.addAll(titles);
    }

    private static Set<String> titles(ArticleExtraction a, String key) {
        Set<String> out = new LinkedHashSet<>();
        for (RoleFact r : a.roles()) if (r.holder().equals(key) && !r.title().isBlank()) out.add(r.title().toLowerCase(Locale.ROOT));
        return out;
    }

    private static String preferredName(Cluster c) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (ExtractedEntity e : c.entities) votes.merge(e.name(), 1, Integer::sum);
        return votes.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(en -> en.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElseThrow();
    }

    /** A meeting's id: its date and the body that held it; the same date and body in two articles is one meeting. */
    private static Map<EntityRef, String> meetings(List<ArticleExtraction> articles, Map<EntityRef, ResolvedEntity> entities) {
        Map<EntityRef, String> out = new HashMap<>();
        Map<String, String> byDate = new HashMap<>();
        for (ArticleExtraction a : articles) {
            for (MeetingFact m : a.meetings()) {
                String src = a.article().id();
                Optional<ResolvedEntity> body = m.body().map(k -> entities.get(new EntityRef(src, k)));
                String id;
                if (m.date().isPresent()) {
                    String base = m.date().get() + body.map(b -> "-" + b.id()).orElse("");
                    // the same date without a body, or with one, is the same meeting as one already seen
                    id = body.isPresent() ? base : byDate.getOrDefault(m.date().get(), m.date().get() + "-meeting");
                    byDate.putIfAbsent(m.date().get(), id);
                } else {
                    id = src + "-" + Slugs.slug(m.name());
                }
                out.put(new EntityRef(src, m.key()), id);
            }
        }
        return out;
    }
}
