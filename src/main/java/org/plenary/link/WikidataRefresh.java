package org.plenary.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.plenary.extract.EntityKind;

/**
 * Looks names up on Wikidata and turns the items that fit into link table rows: an item is kept only when
 * its P31 gives a known type (and the kind, when known, admits it) and one of its English names matches the
 * looked-up name at {@code minNameScore} or more. Each kept item's JSON goes to the cache directory as
 * {@code {qid}.json} in wbgetentities form; its row cites the fetch date and P31 values.
 */
public final class WikidataRefresh {
    /** A name to look up, with the kind of entity it names when known. */
    public record NameQuery(String name, Optional<EntityKind> kind) {}

    private final WikidataClient client;
    private final WikidataClasses classes;
    private final Path cacheDir;
    private final LocalDate today;
    private final BiFunction<String, String, Double> scorer;
    private final double minNameScore;
    private final int searchLimit;

    public WikidataRefresh(WikidataClient client, WikidataClasses classes, Path cacheDir, LocalDate today,
                           BiFunction<String, String, Double> scorer, double minNameScore, int searchLimit) {
        this.client = client;
        this.classes = classes;
        this.cacheDir = cacheDir;
        this.today = today;
        this.scorer = scorer;
        this.minNameScore = minNameScore;
        this.searchLimit = searchLimit;
    }

    public static WikidataRefresh of(WikidataClient client, Path cacheDir) {
        return new WikidataRefresh(client, WikidataClasses.standard(), cacheDir, LocalDate.now(),
                NameSimilarity.INSTANCE, WikidataLinker.DEFAULT_ACCEPT, 7);
    }

    public List<LinkTarget> refresh(List<NameQuery> queries) {
        Map<String, LinkTarget> rows = new LinkedHashMap<>();
        for (NameQuery q : queries) {
            List<WikidataClient.SearchHit> hits = client.search(q.name(), searchLimit);
            if (hits.isEmpty()) continue;
            Map<String, WikidataItem> items = client.entities(hits.stream().map(WikidataClient.SearchHit::qid).distinct().toList());
            for (WikidataClient.SearchHit hit : hits) {
                WikidataItem item = items.get(hit.qid());
                if (item == null || rows.containsKey(item.qid())) continue;
                Optional<TargetType> type = classes.typeOf(item.instanceOf());
                if (type.isEmpty()) continue;
                if (q.kind().isPresent() && !type.get().admits(q.kind().get())) continue;
                double best = 0;
                String bestName = null;
                for (String n : item.names()) {
                    double s = scorer.apply(q.name(), n);
                    if (s > best) { best = s; bestName = n; }
                }
                if (best < minNameScore) continue;
                cache(item);
                List<String> evidence = new ArrayList<>();
                evidence.add("wbgetentities " + today + ": P31=" + String.join(",", item.instanceOf())
                        + " (" + type.get().token() + " via " + classes.label(firstTyped(item)) + ")");
                evidence.add(String.format(Locale.ROOT, "wbsearchentities %s '%s' matched %s '%s' (name score %.2f)",
                        today, q.name(), hit.matchType() == null ? "name" : hit.matchType(), bestName, best));
                rows.put(item.qid(), new LinkTarget(item.qid(), item.label(), item.aliases(), type.get(), evidence,
                        List.of("https://www.wikidata.org/wiki/" + item.qid())));
            }
        }
        return List.copyOf(rows.values());
    }

    private String firstTyped(WikidataItem item) {
        for (String c : item.instanceOf()) if (classes.typeOf(List.of(c)).isPresent()) return c;
        return "";
    }

    private void cache(WikidataItem item) {
        JsonObject entities = new JsonObject();
        entities.put(item.qid(), item.json());
        JsonObject doc = new JsonObject();
        doc.put("entities", entities);
        try {
            Files.createDirectories(cacheDir);
            Files.writeString(cacheDir.resolve(item.qid() + ".json"), JSON.toString(doc), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write cache " + cacheDir, e);
        }
    }
}
