package org.plenary.reconcile;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Dataset;
import org.plenary.graph.IriScheme;
import org.plenary.graph.PL;
import org.plenary.link.NameSimilarity;

/**
 * A W3C Entity Reconciliation service (the OpenRefine protocol, version 0.2) over a Plenary dataset. Mount it
 * with {@code FusekiServer.create().addServlet("/reconcile/*", servlet)} so the sub-paths reach it:
 * <ul>
 * <li>{@code GET /reconcile}: the service manifest;</li>
 * <li>{@code GET|POST /reconcile?queries={"q0":{"query":..,"type":..,"limit":..,"properties":[{"pid":..,"v":..}]}}}:
 * a batch of queries; candidates {@code {id, name, type:[{id,name}], score (0..100), match}};</li>
 * <li>{@code /reconcile/suggest/entity|type|property?prefix=}: suggest responses {@code {"result":[{id,name,..}]}};</li>
 * <li>{@code /reconcile/preview?id=}: a small HTML card.</li>
 * </ul>
 * A {@code callback} parameter (a JavaScript identifier) wraps any JSON answer as JSONP.
 */
public final class ReconciliationServlet extends HttpServlet {
    private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.]{0,100}");
    private static final int DEFAULT_LIMIT = 10, MAX_LIMIT = 100;

    // The dataset is asked for at each request, so a server that swaps database generations answers from the current one.
    private final transient Supplier<Dataset> datasets;
    private final transient BiFunction<String, String, Double> scorer;
    private final IriScheme iris;
    private final String name;

    private ReconciliationServlet(Builder b) {
        this.datasets = Objects.requireNonNull(b.datasets, "dataset");
        this.scorer = b.scorer;
        this.iris = b.iris;
        this.name = b.name;
    }

    public static Builder create() { return new Builder(); }

    public static final class Builder {
        private Supplier<Dataset> datasets;
        private IriScheme iris = IriScheme.defaults();
        private String name = "Plenary reconciliation";
        private BiFunction<String, String, Double> scorer = NameSimilarity.INSTANCE;

        public Builder dataset(Dataset dataset) { Objects.requireNonNull(dataset, "dataset"); this.datasets = () -> dataset; return this; }
        /** The dataset to answer from, asked for at each request (the current generation of a served database). */
        public Builder dataset(Supplier<Dataset> datasets) { this.datasets = datasets; return this; }
        public Builder iris(IriScheme iris) { this.iris = iris; return this; }
        public Builder name(String name) { this.name = name; return this; }
        /** Name similarity 0..1 (e.g. the resolve stage's name matcher). */
        public Builder nameScorer(BiFunction<String, String, Double> scorer) { this.scorer = scorer; return this; }
        public ReconciliationServlet build() { return new ReconciliationServlet(this); }
    }

    // Properties offered by suggest/property: the ones reconciliation queries can usefully constrain.
    private static final Map<String, String> PROPERTIES = Map.of(
            PL.name.getURI(), "name", PL.altName.getURI(), "alternative name", PL.title.getURI(), "title",
            PL.date.getURI(), "date", PL.place.getURI(), "place", PL.heldBy.getURI(), "held by",
            PL.holder.getURI(), "holder", PL.organization.getURI(), "organization");

    private EntityDirectory directory() { return new EntityDirectory(datasets.get(), scorer); }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException { handle(req, resp); }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException { handle(req, resp); }

    private void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        resp.setHeader("Access-Control-Allow-Origin", "*");
        try {
            switch (path) {
                case "/", "" -> {
                    String queries = req.getParameter("queries");
                    if (queries != null) json(req, resp, batch(queries));
                    else if (req.getParameter("query") != null) json(req, resp, single(req.getParameter("query")));
                    else json(req, resp, manifest(serviceUrl(req)));
                }
                case "/suggest/entity" -> json(req, resp, suggestEntity(param(req, "prefix")));
                case "/suggest/type" -> json(req, resp, suggestFrom(EntityDirectory.TYPES, param(req, "prefix")));
                case "/suggest/property" -> json(req, resp, suggestFrom(PROPERTIES, param(req, "prefix")));
                case "/preview" -> preview(param(req, "id"), resp);
                default -> error(req, resp, HttpServletResponse.SC_NOT_FOUND, "No such reconciliation resource: " + path);
            }
        } catch (JsonException | IllegalArgumentException | ClassCastException | NullPointerException e) {
            error(req, resp, HttpServletResponse.SC_BAD_REQUEST, "Bad request: " + e.getMessage());
        }
    }

    private static String param(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        if (v == null) throw new IllegalArgumentException("missing parameter '" + name + "'");
        return v;
    }

    /** The service URL as the client reached it: scheme, host, port, context and servlet path. */
    private static String serviceUrl(HttpServletRequest req) {
        String url = req.getRequestURL().toString();
        String pathInfo = req.getPathInfo();
        if (pathInfo != null && url.endsWith(pathInfo)) url = url.substring(0, url.length() - pathInfo.length());
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    JsonObject manifest(String serviceUrl) {
        JsonObject m = new JsonObject();
        JsonArray versions = new JsonArray();
        versions.add("0.2");
        m.put("versions", versions);
        m.put("name", name);
        m.put("identifierSpace", iris.base() + "id/");
        m.put("schemaSpace", PL.NS);
        JsonArray types = new JsonArray();
        EntityDirectory.TYPES.forEach((id, n) -> types.add(idName(id, n)));
        m.put("defaultTypes", types);
        JsonObject view = new JsonObject();
        view.put("url", "{{id}}");   // entity IRIs dereference (content negotiation gives the HTML page)
        m.put("view", view);
        JsonObject preview = new JsonObject();
        preview.put("url", serviceUrl + "/preview?id={{id}}");
        preview.put("width", 400);
        preview.put("height", 120);
        m.put("preview", preview);
        JsonObject suggest = new JsonObject();
        for (String kind : List.of("entity", "type", "property")) {
            JsonObject s = new JsonObject();
            s.put("service_url", serviceUrl);
            s.put("service_path", "/suggest/" + kind);
            suggest.put(kind, s);
        }
        m.put("suggest", suggest);
        return m;
    }

    JsonObject batch(String queriesJson) {
        JsonObject queries = JSON.parse(queriesJson);
        JsonObject out = new JsonObject();
        for (String key : queries.keys()) out.put(key, resultOf(queries.get(key).getAsObject()));
        return out;
    }

    // Protocol's single-query form: query= is a plain string or a JSON query object.
    private JsonObject single(String query) {
        String q = query.trim();
        JsonObject qo;
        if (q.startsWith("{")) qo = JSON.parse(q);
        else { qo = new JsonObject(); qo.put("query", query); }
        return resultOf(qo);
    }

    private JsonObject resultOf(JsonObject q) {
        String text = q.get("query").getAsString().value();
        Optional<String> type = Optional.empty();
        if (q.hasKey("type")) {
            JsonValue t = q.get("type");
            if (t.isString()) type = Optional.of(t.getAsString().value());
            else if (t.isArray() && !t.getAsArray().isEmpty()) type = Optional.of(t.getAsArray().get(0).getAsString().value());
        }
        int limit = DEFAULT_LIMIT;
        if (q.hasKey("limit")) limit = Math.max(1, Math.min(MAX_LIMIT, q.get("limit").getAsNumber().value().intValue()));
        List<EntityDirectory.PropertyValue> props = new ArrayList<>();
        if (q.hasKey("properties"))
            for (JsonValue pv : q.get("properties").getAsArray()) {
                JsonObject p = pv.getAsObject();
                String pid = p.get("pid").getAsString().value();
                if (pid.startsWith("pl:")) pid = PL.NS + pid.substring(3);
                props.add(new EntityDirectory.PropertyValue(pid, values(p.get("v"))));
            }
        JsonArray result = new JsonArray();
        for (Candidate c : directory().reconcile(text, type, props, limit)) {
            JsonObject o = new JsonObject();
            o.put("id", c.id());
            o.put("name", c.name() == null ? c.id() : c.name());
            JsonArray types = new JsonArray();
            for (String t : c.types()) types.add(idName(t, EntityDirectory.TYPES.getOrDefault(t, t)));
            o.put("type", types);
            o.put("score", JsonNumber.value(BigDecimal.valueOf(c.score())));
            o.put("match", c.match());
            result.add(o);
        }
        JsonObject r = new JsonObject();
        r.put("result", result);
        return r;
    }

    private static List<String> values(JsonValue v) {
        List<String> out = new ArrayList<>();
        if (v == null) return out;
        if (v.isArray()) { for (JsonValue x : v.getAsArray()) out.addAll(values(x)); return out; }
        if (v.isObject() && v.getAsObject().hasKey("id")) out.add(v.getAsObject().get("id").getAsString().value());
        else if (v.isString()) out.add(v.getAsString().value());
        else if (v.isNumber()) out.add(v.getAsNumber().value().toString());
        else if (v.isBoolean()) out.add(Boolean.toString(v.getAsBoolean().value()));
        return out;
    }

    private JsonObject suggestEntity(String prefix) {
        JsonArray result = new JsonArray();
        for (EntityDirectory.Entry e : directory().suggest(prefix, DEFAULT_LIMIT)) {
            JsonObject o = idName(e.iri(), e.name() == null ? e.iri() : e.name());
            if (!e.types().isEmpty()) o.put("description", String.join(", ",
                    e.types().stream().map(t -> EntityDirectory.TYPES.getOrDefault(t, t)).toList()));
            result.add(o);
        }
        JsonObject r = new JsonObject();
        r.put("result", result);
        return r;
    }

    private static JsonObject suggestFrom(Map<String, String> idToName, String prefix) {
        String p = prefix.trim().toLowerCase(java.util.Locale.ROOT);
        JsonArray result = new JsonArray();
        idToName.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .filter(e -> e.getValue().toLowerCase(java.util.Locale.ROOT).startsWith(p)
                        || e.getValue().toLowerCase(java.util.Locale.ROOT).contains(" " + p))
                .forEach(e -> result.add(idName(e.getKey(), e.getValue())));
        JsonObject r = new JsonObject();
        r.put("result", result);
        return r;
    }

    private void preview(String id, HttpServletResponse resp) throws IOException {
        Optional<EntityDirectory.Entry> entry = iris.isResource(id) ? directory().entry(id) : Optional.empty();
        if (entry.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Unknown entity");
            return;
        }
        EntityDirectory.Entry e = entry.get();
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(html(e.name() == null ? id : e.name())).append("</title></head>\n<body style=\"margin:0;font-family:sans-serif;font-size:13px\">\n")
                .append("<div><strong><a href=\"").append(html(id)).append("\" target=\"_blank\">")
                .append(html(e.name() == null ? id : e.name())).append("</a></strong>");
        if (!e.types().isEmpty())
            h.append(" <em>").append(html(String.join(", ", e.types().stream().map(t -> EntityDirectory.TYPES.getOrDefault(t, t)).toList()))).append("</em>");
        h.append("</div>\n");
        if (!e.altNames().isEmpty())
            h.append("<div>Also: ").append(html(String.join("; ", e.altNames()))).append("</div>\n");
        h.append("<div style=\"color:#666\">").append(html(id)).append("</div>\n</body></html>\n");
        byte[] bytes = h.toString().getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    static String html(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray())
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        return b.toString();
    }

    private static JsonObject idName(String id, String name) {
        JsonObject o = new JsonObject();
        o.put("id", id);
        o.put("name", name);
        return o;
    }

    private static void json(HttpServletRequest req, HttpServletResponse resp, JsonObject body) throws IOException {
        String text = JSON.toStringFlat(body);
        String callback = req.getParameter("callback");
        if (callback != null && CALLBACK.matcher(callback).matches()) {
            resp.setContentType("application/javascript; charset=utf-8");
            text = callback + "(" + text + ");";
        } else {
            resp.setContentType("application/json; charset=utf-8");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private static void error(HttpServletRequest req, HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        JsonObject o = new JsonObject();
        o.put("status", "error");
        o.put("message", message);
        json(req, resp, o);
    }
}
