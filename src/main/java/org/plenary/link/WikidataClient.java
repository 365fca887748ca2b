package org.plenary.link;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The two read actions of the Wikibase API that linking uses, over plain HTTP:
 * {@code wbsearchentities} (items by label or alias) and {@code wbgetentities} (labels, aliases, claims).
 */
public final class WikidataClient {
    public static final String DEFAULT_ENDPOINT = "https://www.wikidata.org/w/api.php";
    // Wikimedia asks API clients to identify themselves.
    private static final String USER_AGENT = "Plenary/0.1 (linked-data publisher of meeting reports; https://w3id.org/plenary)";
    /** wbgetentities accepts at most 50 ids per request. */
    private static final int MAX_IDS = 50;

    private final URI endpoint;
    private final HttpClient http;
    private final String language;

    public WikidataClient(URI endpoint, String language) {
        this.endpoint = endpoint;
        this.language = language;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public String language() { return language; }

    /** One hit of wbsearchentities; {@code matchType} is "label", "alias" (or "entityId"), {@code matchText} the matched name. */
    public record SearchHit(String qid, String label, String description, String matchType, String matchText) {}

    public List<SearchHit> search(String text, int limit) {
        JsonObject r = get(Map.of("action", "wbsearchentities", "search", text, "language", language,
                "uselang", language, "type", "item", "limit", Integer.toString(limit), "format", "json"));
        List<SearchHit> hits = new ArrayList<>();
        if (!r.hasKey("search")) return hits;
        for (JsonValue v : r.get("search").getAsArray()) {
            JsonObject h = v.getAsObject();
            JsonObject match = obj(h, "match");
            hits.add(new SearchHit(str(h, "id"), str(h, "label"), str(h, "description"),
                    match == null ? null : str(match, "type"), match == null ? null : str(match, "text")));
        }
        return hits;
    }

    /** Items by id, in the order asked; ids Wikidata reports missing are left out. */
    public Map<String, WikidataItem> entities(List<String> ids) {
        Map<String, WikidataItem> items = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i += MAX_IDS) {
            List<String> batch = ids.subList(i, Math.min(ids.size(), i + MAX_IDS));
            JsonObject r = get(Map.of("action", "wbgetentities", "ids", String.join("|", batch),
                    "props", "labels|aliases|descriptions|claims", "languages", language, "format", "json"));
            JsonObject entities = obj(r, "entities");
            if (entities == null) continue;
            for (String id : batch) {
                JsonObject e = obj(entities, id);
                if (e == null || e.hasKey("missing")) continue;
                items.put(id, WikidataItem.of(e, language));
            }
        }
        return items;
    }

    private JsonObject get(Map<String, String> params) {
        StringBuilder q = new StringBuilder();
        params.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (q.length() > 0) q.append('&');
            q.append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        });
        URI uri = URI.create(endpoint + "?" + q);
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("User-Agent", USER_AGENT).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (resp.statusCode() != 200)
                throw new WikidataException("HTTP " + resp.statusCode() + " from " + uri);
            JsonObject body = JSON.parse(resp.body());
            if (body.hasKey("error")) {
                JsonObject err = obj(body, "error");
                throw new WikidataException("Wikibase API error " + str(err, "code") + ": " + str(err, "info"));
            }
            return body;
        } catch (IOException e) {
            throw new WikidataException("Cannot reach " + endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WikidataException("Interrupted", e);
        }
    }

    public static final class WikidataException extends RuntimeException {
        public WikidataException(String message) { super(message); }
        public WikidataException(String message, Throwable cause) { super(message, cause); }
    }

    /** A string member, or null when absent (Wikibase leaves out empty descriptions, labels, match). */
    static String str(JsonObject o, String key) {
        if (o == null) return null;
        JsonValue v = o.get(key);
        return v != null && v.isString() ? v.getAsString().value() : null;
    }

    /** An object member, or null when absent or not an object. */
    static JsonObject obj(JsonObject o, String key) {
        if (o == null) return null;
        JsonValue v = o.get(key);
        return v != null && v.isObject() ? v.getAsObject() : null;
    }
}
