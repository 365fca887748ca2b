package org.plenary.publish.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.plenary.graph.IriScheme;
import org.plenary.store.PlenaryDatabase;

/**
 * The linked-data site over a {@link PlenaryDatabase}: dereferenceable resource IRIs ({@code /id/} answers 303 to
 * {@code /page/} or {@code /data/}), HTML pages, RDF descriptions by content negotiation, full-text search, a
 * SPARQL query page, the VoID / DCAT dataset description and the SPARQL service description.
 * <p>
 * Resource IRIs are {@code {base}id/{kind}/{slug}} whatever host the server answers on: a request path
 * {@code /id/x} stands for {@code {base}id/x}.
 */
public final class Site {
    public static final String NAME = "Plenary";
    /** A resource path after {@code /id}, {@code /data} or {@code /page}: {@code /kind/slug[/more]}. */
    private static final Pattern RESOURCE_PATH = Pattern.compile("/[a-z]+(/[A-Za-z0-9._~%-]+)+");
    /** A named graph's path after {@code /graph}: {@code /kind[/name]} ({@code /resolution}, {@code /source/x}). */
    private static final Pattern GRAPH_PATH = Pattern.compile("/[a-z]+(/[A-Za-z0-9._~%-]+)*");

    private final PlenaryDatabase database;
    private final IriScheme iris;
    private final String sparqlPath;
    final Templates templates = new Templates();
    private final DatasetDescription.Cache descriptions = new DatasetDescription.Cache();
    private final Disputes disputes = new Disputes();
    private final RepresentationCache representations = new RepresentationCache(RepresentationCache.DEFAULT_MAX_BYTES);

    private Site(PlenaryDatabase database, String base, String sparqlPath) {
        this.database = database;
        this.iris = new IriScheme(base);
        this.sparqlPath = sparqlPath;
    }

    /** The site of {@code database}, whose IRIs start with {@code base}, with its SPARQL endpoint at {@code sparqlPath}. */
    public static Site create(PlenaryDatabase database, String base, String sparqlPath) {
        return new Site(database, base, sparqlPath);
    }

    /** Adds the site's servlets to a Fuseki server. */
    public FusekiServer.Builder register(FusekiServer.Builder fb) {
        return fb.addServlet("/id/*", new IdServlet(this))
                .addServlet("/data/*", new DataServlet(this))
                .addServlet("/page/*", new PageServlet(this))
                .addServlet("/graph/*", new GraphServlet(this))
                .addServlet("/search", new SearchServlet(this))
                .addServlet("/disputes", new DisputesServlet(this))
                .addServlet("/query", new QueryPageServlet(this))
                .addServlet("/static/*", new StaticServlet())
                .addServlet("/.well-known/void", new VoidServlet(this));
    }

    /**
     * Answers the requests Fuseki's dispatcher would otherwise take: the home page {@code /}, and the SPARQL service
     * description ({@code GET /sparql} with no query). Returns false for every other request.
     */
    public boolean intercept(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String uri = req.getRequestURI();
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (uri.equals("/")) {
            if (!read) {
                resp.setHeader("Allow", "GET, HEAD");
                resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "This server is read-only");
            } else {
                new HomePage(this).render(req, resp);
            }
            return true;
        }
        if (uri.equals(sparqlPath) && read && req.getQueryString() == null) {
            ServiceDescription.write(this, req, resp);
            return true;
        }
        return false;
    }

    /** The service description and the generation it describes: counting each graph's triples is made once. */
    private final PerGeneration<org.apache.jena.rdf.model.Model> serviceDescription = new PerGeneration<>();

    org.apache.jena.rdf.model.Model serviceDescription() {
        return serviceDescription.get(generation().tag(), () -> ServiceDescription.model(this));
    }

    IriScheme iris() { return iris; }

    /** The disputes of generation {@code gen} (graph/conflicts), read once per generation. */
    java.util.List<Disputes.Dispute> disputes(Generation gen) { return disputes.of(this, gen); }

    /** Statement IRI -> the other sources' reports of the same statement, read once per generation. */
    java.util.Map<String, java.util.List<Disputes.Corroborating>> corroborations(Generation gen) { return disputes.corroborations(this, gen); }

    /** Source IRI -> the values it gives that other sources give too, read once per generation. */
    java.util.Map<String, java.util.List<Disputes.SharedValue>> sharedValues(Generation gen) { return disputes.sharedValues(this, gen); }

    DatasetDescription.Cache datasetDescriptions() { return descriptions; }

    String sparqlPath() { return sparqlPath; }

    PlenaryDatabase database() { return database; }

    Dataset dataset() { return database.open(); }

    /** The dataset of one generation: a response reads the generation its validators name, even across a swap. */
    Dataset dataset(Generation gen) { return database.open(gen.dir()); }

    RepresentationCache representations() { return representations; }

    /**
     * What a request for {@code /id}, {@code /page} or {@code /data} + path names: the published generation that
     * answers it, the resource's IRI, and what that generation knows of it ({@code known} is null: nothing).
     */
    record Lookup(Generation generation, Optional<String> iri, RepresentationCache.Representation known) {
        boolean found() { return known != null; }
    }

    Lookup lookup(HttpServletRequest req) {
        Optional<String> iri = resourceIri(req.getPathInfo());
        Generation gen = generation();
        return new Lookup(gen, iri, identify(gen, iri));
    }

    /**
     * Whether {@code iri} names a resource of generation {@code gen}: null if not, an alias marker naming the
     * canonical entity, or {@link RepresentationCache.Representation#EXISTS}. Cached per generation.
     */
    private RepresentationCache.Representation identify(Generation gen, Optional<String> iri) {
        if (iri.isEmpty()) return null;
        return representations.get(gen, iri.get() + "\u0000id", () -> {
            Dataset ds = dataset(gen);
            if (!Descriptions.exists(ds, iri.get())) return null;
            return Descriptions.canonical(ds, iris(), iri.get())
                    .map(RepresentationCache.Representation::alias).orElse(RepresentationCache.Representation.EXISTS);
        });
    }

    Generation generation() {
        Path gen = database.currentGeneration().orElseThrow(() -> new IllegalStateException("nothing published"));
        return Generation.of(gen);
    }

    Optional<Path> dumps() { return database.currentDumps(); }

    /** The resource IRI a request path after {@code /id}, {@code /data} or {@code /page} stands for. */
    Optional<String> resourceIri(String pathInfo) {
        if (pathInfo == null || !RESOURCE_PATH.matcher(pathInfo).matches() || pathInfo.contains("/../")
                || pathInfo.toLowerCase(Locale.ROOT).contains("%2f"))
            return Optional.empty();
        return Optional.of(iris.resourceAt(pathInfo));
    }

    /** The named graph IRI a request path after {@code /graph} stands for ({@code {base}graph/...}). */
    Optional<String> graphIri(String pathInfo) {
        if (pathInfo == null || !GRAPH_PATH.matcher(pathInfo).matches() || pathInfo.contains("/../")
                || pathInfo.toLowerCase(Locale.ROOT).contains("%2f"))
            return Optional.empty();
        return Optional.of(iris.graphAt(pathInfo));
    }

    /** The local path of a resource IRI of this dataset ({@code /kind/slug}), or empty for other IRIs. */
    Optional<String> localPath(String iri) {
        return iri != null && iris.isResource(iri) ? Optional.of(iri.substring(iris.base().length() + 2)) : Optional.empty();
    }

    /**
     * Where a page links to show {@code iri}: its page for the dataset's IRIs, else the IRI itself if it is an http(s)
     * URL, else null (no link: a {@code javascript:} or {@code data:} IRI in the data must not become one).
     */
    String href(String iri) {
        if (iri != null && iris.isGraph(iri)) return iri.substring(iris.base().length() - 1);
        return localPath(iri).map(p -> "/page" + p).orElse(isWebLink(iri) ? iri : null);
    }

    /** Whether a page may link to {@code iri}: only http and https URLs. */
    static boolean isWebLink(String iri) {
        if (iri == null) return false;
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
