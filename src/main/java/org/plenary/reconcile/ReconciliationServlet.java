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
import org.apache.jena.vocabulary.OWL;
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
 * <li>{@code /reconcile/preview?id=}: a small HTML card (an unknown id: a JSON 404).</li>
 * <li>{@code GET|POST /reconcile?extend={"ids":[..],"properties":[{"id":..}]}}: data extension, with property
 * proposals at {@code /reconcile/properties?type=}.</li>
 * </ul>
 * A query may have only {@code properties}; property values are matched through the role and participation nodes
 * (see {@link EntityDirectory}). Suggest takes {@code type}, {@code cursor} and {@code limit}; an entity IRI as the
 * prefix suggests that entity.
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
            PL.holder.getURI(), "holder", PL.organization.getURI(), "organization", PL.meeting.getURI(), "meeting");

    /** The directory of the dataset being served, read once per dataset (a published generation does not change). */
    private volatile EntityDirectory directory;

    private EntityDirectory directory() {
        Dataset ds = datasets.get();
        EntityDirectory d = directory;
        if (d == null || d.dataset() != ds) directory = d = EntityDirectory.load(ds, scorer);
        return d;
    }

    /** A column OpenRefine can add from matched entities: the property read, its name, and what its values are. */
    private record Extension(String id, String property, String name, Optional<String> valueType) {}

    /** Columns offered per type (data extension), in order. "wikidata" gives the QID of an accepted Wikidata link. */
    private static final String WIKIDATA = "wikidata";
    private static final Map<String, List<Extension>> EXTENSIONS = Map.of(
            PL.Person.getURI(), List.of(
                    new Extension(PL.title.getURI(), PL.title.getURI(), "title", Optional.empty()),
                    new Extension(PL.organization.getURI(), PL.organization.getURI(), "organization", Optional.of(PL.Organization.getURI())),
                    new Extension(PL.meeting.getURI(), PL.meeting.getURI(), "meeting", Optional.of(PL.Meeting.getURI())),
                    new Extension(WIKIDATA, OWL.sameAs.getURI(), "Wikidata QID", Optional.empty()),
                    new Extension(PL.altName.getURI(), PL.altName.getURI(), "other name", Optional.empty())),
            PL.Organization.getURI(), List.of(
                    new Extension(WIKIDATA, OWL.sameAs.getURI(), "Wikidata QID", Optional.empty()),
                    new Extension(PL.altName.getURI(), PL.altName.getURI(), "other name", Optional.empty()),
                    new Extension(PL.meeting.getURI(), PL.meeting.getURI(), "meeting", Optional.of(PL.Meeting.getURI()))),
            PL.Place.getURI(), List.of(
                    new Extension(WIKIDATA, OWL.sameAs.getURI(), "Wikidata QID", Optional.empty()),
                    new Extension(PL.altName.getURI(), PL.altName.getURI(), "other name", Optional.empty())),
            PL.Meeting.getURI(), List.of(
                    new Extension(PL.date.getURI(), PL.date.getURI(), "date", Optional.empty()),
                    new Extension(PL.place.getURI(), PL.place.getURI(), "place", Optional.of(PL.Place.getURI())),
                    new Extension(PL.chair.getURI(), PL.chair.getURI(), "chair", Optional.of(PL.Person.getURI())),
                    new Extension(PL.convenedBy.getURI(), PL.convenedBy.getURI(), "convened by", Optional.of(PL.Organization.getURI())),
                    new Extension(WIKIDATA, OWL.sameAs.getURI(), "Wikidata QID", Optional.empty())));

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
                    else if (req.getParameter("extend") != null) json(req, resp, extend(req.getParameter("extend")));
                    else if (req.getParameter("query") != null) json(req, resp, single(req.getParameter("query")));
                    else json(req, resp, manifest(serviceUrl(req)));
                }
                case "/suggest/entity" -> json(req, resp, suggestEntity(param(req, "prefix"), Optional.ofNullable(req.getParameter("type")),
                        intParam(req, "cursor", 0), Math.min(MAX_LIMIT, Math.max(1, intParam(req, "limit", DEFAULT_LIMIT)))));
                case "/properties" -> json(req, resp, proposeProperties(Optional.ofNullable(req.getParameter("type")),
                        Math.min(MAX_LIMIT, Math.max(1, intParam(req, "limit", DEFAULT_LIMIT)))));
                case "/suggest/type" -> json(req, resp, suggestFrom(EntityDirectory.TYPES, param(req, "prefix")));
                case "/suggest/property" -> json(req, resp, suggestFrom(PROPERTIES, param(req, "prefix")));
                case "/preview" -> preview(req, param(req, "id"), resp);
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

    private static int intParam(HttpServletRequest req, String name, int fallback) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "' must be a whole number, not '" + v + "'");
        }
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
        m.put("identifierSpace", iris.resources());
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
        JsonObject extend = new JsonObject();
        JsonObject propose = new JsonObject();
        propose.put("service_url", serviceUrl);
        propose.put("service_path", "/properties");
        extend.put("propose_properties", propose);
        extend.put("property_settings", new JsonArray());
        m.put("extend", extend);
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
        // v0.2 allows a query of properties only: no "query", or an empty one.
        Optional<String> text = q.hasKey("query") && q.get("query").isString()
                ? Optional.of(q.get("query").getAsString().value()) : Optional.empty();
        if (q.hasKey("query") && !q.get("query").isString() && !q.get("query").isNull())
            throw new IllegalArgumentException("'query' must be a string");
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
                if (!p.hasKey("pid") || !p.get("pid").isString()) throw new IllegalArgumentException("a property needs a 'pid' string");
                props.add(new EntityDirectory.PropertyValue(propertyIri(p.get("pid").getAsString().value()), values(p.get("v"))));
            }
        if (text.map(String::isBlank).orElse(true) && props.isEmpty())
            throw new IllegalArgumentException("a query needs a 'query' string or 'properties'");
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

    /** A property id as clients send it: a full IRI or {@code pl:name}. */
    private static String propertyIri(String pid) {
        String p = pid.trim();
        return p.startsWith("pl:") ? PL.NS + p.substring(3) : p;
    }

    private JsonObject suggestEntity(String prefix, Optional<String> type, int cursor, int limit) {
        JsonArray result = new JsonArray();
        for (EntityDirectory.Entry e : directory().suggest(prefix, type, cursor, limit)) {
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

    /** Property proposals (data extension): the columns offered for entities of a type (all types' when none). */
    private JsonObject proposeProperties(Optional<String> type, int limit) {
        JsonArray props = new JsonArray();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String t : EntityDirectory.types(type))
            for (Extension x : EXTENSIONS.getOrDefault(t, List.of()))
                if (seen.add(x.id()) && props.size() < limit) props.add(idName(x.id(), x.name()));
        JsonObject r = new JsonObject();
        r.put("type", type.orElse(""));
        r.put("limit", limit);
        r.put("properties", props);
        return r;
    }

    /**
     * Data extension: {@code {"ids":[..], "properties":[{"id":..}]}} gives each entity's values of each property,
     * read as reconciliation reads them (titles and organizations from the roles a person holds, meetings from the
     * participations). Values are {@code {"id","name"}} for entities, {@code {"str"}} for text and Wikidata QIDs,
     * {@code {"float"}}, {@code {"bool"}} or {@code {"date"}} for typed literals.
     */
    JsonObject extend(String extendJson) {
        JsonObject request = JSON.parse(extendJson);
        if (!request.hasKey("ids") || !request.get("ids").isArray()) throw new IllegalArgumentException("'extend' needs an 'ids' array");
        if (!request.hasKey("properties") || !request.get("properties").isArray()) throw new IllegalArgumentException("'extend' needs a 'properties' array");
        List<Extension> wanted = new ArrayList<>();
        for (JsonValue pv : request.get("properties").getAsArray()) {
            if (!pv.isObject() || !pv.getAsObject().hasKey("id")) throw new IllegalArgumentException("each property needs an 'id'");
            String id = pv.getAsObject().get("id").getAsString().value();
            Extension known = EXTENSIONS.values().stream().flatMap(List::stream)
                    .filter(x -> x.id().equals(id) || x.id().equals(propertyIri(id))).findFirst().orElse(null);
            wanted.add(known != null ? known : new Extension(id, propertyIri(id), PROPERTIES.getOrDefault(propertyIri(id), id), Optional.empty()));
        }
        EntityDirectory dir = directory();
        JsonArray meta = new JsonArray();
        for (Extension x : wanted) {
            JsonObject m = idName(x.id(), x.name());
            x.valueType().ifPresent(t -> m.put("type", idName(t, EntityDirectory.TYPES.getOrDefault(t, t))));
            meta.add(m);
        }
        JsonObject rows = new JsonObject();
        for (JsonValue idv : request.get("ids").getAsArray()) {
            String id = idv.getAsString().value();
            JsonObject row = new JsonObject();
            for (Extension x : wanted) {
                JsonArray cells = new JsonArray();
                java.util.Set<String> seen = new java.util.HashSet<>(); // "executive director" and "Executive Director": one cell
                for (EntityDirectory.Value v : dir.values(dir.canonical(id), x.property())) {
                    if (!v.isIri() && !seen.add(org.plenary.link.NameKeys.key(v.text()) + "\u0000" + v.datatype())) continue;
                    if (x.id().equals(WIKIDATA)) {
                        if (v.isIri() && v.iri().startsWith(WIKIDATA_ENTITY)) cells.add(cell("str", v.iri().substring(WIKIDATA_ENTITY.length())));
                    } else if (v.isIri()) {
                        cells.add(idName(v.iri(), v.text() == null ? v.iri() : v.text()));
                    } else {
                        cells.add(literalCell(v));
                    }
                }
                row.put(x.id(), cells);
            }
            rows.put(id, row);
        }
        JsonObject r = new JsonObject();
        r.put("meta", meta);
        r.put("rows", rows);
        return r;
    }

    private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    private static JsonObject cell(String kind, String value) {
        JsonObject o = new JsonObject();
        o.put(kind, value);
        return o;
    }

    private static JsonObject literalCell(EntityDirectory.Value v) {
        String dt = v.datatype() == null ? "" : v.datatype();
        JsonObject o = new JsonObject();
        try {
            if (dt.endsWith("#decimal") || dt.endsWith("#double") || dt.endsWith("#float") || dt.endsWith("#integer")) {
                o.put("float", JsonNumber.value(new BigDecimal(v.text().trim())));
                return o;
            }
        } catch (NumberFormatException e) {
            // not a number after all: kept as text below
        }
        if (dt.endsWith("#boolean")) o.put("bool", "true".equals(v.text().trim()) || "1".equals(v.text().trim()));
        else if (dt.endsWith("#date")) o.put("date", v.text() + "T00:00:00Z");
        else if (dt.endsWith("#dateTime")) o.put("date", v.text());
        else o.put("str", v.text());
        return o;
    }

    private void preview(HttpServletRequest req, String id, HttpServletResponse resp) throws IOException {
        Optional<EntityDirectory.Entry> entry = iris.isResource(id) ? directory().entry(id) : Optional.empty();
        if (entry.isEmpty()) {
            error(req, resp, HttpServletResponse.SC_NOT_FOUND, "No entity " + id + " in this dataset");
            return;
        }
        EntityDirectory.Entry e = entry.get();
        String card = PreviewCard.render(id, e.name(),
                e.types().stream().map(t -> EntityDirectory.TYPES.getOrDefault(t, t)).toList(), List.copyOf(e.altNames()));
        byte[] bytes = card.getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
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
