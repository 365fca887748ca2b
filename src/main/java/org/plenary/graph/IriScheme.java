package org.plenary.graph;

import org.plenary.extract.EntityKind;
import org.plenary.text.Slugs;

/**
 * Where every resource and named graph lives: the one place Plenary's own IRIs are made (a source scan,
 * {@code IrisComeFromTheSchemeTest}, keeps it so). The base is the public base IRI (configurable with
 * {@code --base}), independent of the host the server runs on. Resource IRIs are {@code {base}id/{kind}/{slug}},
 * named graphs {@code {base}graph/...}; the same input gives the same IRIs on every build.
 */
public record IriScheme(String base) {
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    public IriScheme {
        if (!base.endsWith("/")) base = base + "/";
    }

    public static IriScheme defaults() { return new IriScheme(DEFAULT_BASE); }

    // ---- resources: {base}id/{kind}/...

    /** The space of every resource IRI, {@code {base}id/} (VoID's uriSpace, a reconciliation identifierSpace). */
    public String resources() { return base + "id/"; }
    /** The space of one kind of resource, {@code {base}id/{kind}/} (a prefix of the prefix mapping). */
    public String resources(String kind) { return resources() + kind + "/"; }

    public String entity(EntityKind kind, String id) { return resources(kind.slug()) + id; }
    public String meeting(String id) { return resources("meeting") + id; }
    public String source(String sourceId) { return resources("source") + sourceId; }
    public String statement(String sourceId, int start, int end) { return resources("statement") + sourceId + "-" + start + "-" + end; }
    public String role(String sourceId, int index) { return resources("role") + sourceId + "-" + index; }
    public String participation(String sourceId, int index) { return resources("participation") + sourceId + "-" + index; }
    /** A resolution (a decision) as one source reports it, the {@code index}-th of that source. */
    public String resolution(String sourceId, int index) { return resources("resolution") + sourceId + "-" + index; }
    public String mention(String sourceId, int start, int end) { return resources("mention") + sourceId + "-" + start + "-" + end; }
    public String span(String sourceId, int start, int end) { return resources("span") + sourceId + "-" + start + "-" + end; }
    public String merge(String entitySlugPath) { return resources("merge") + entitySlugPath; }
    /** A disagreement between sources, named by the digest of what disagrees (so it is stable across builds). */
    public String conflict(String digest) { return resources("conflict") + digest; }
    /** One competing value of a conflict: a fragment of the conflict's IRI, so it is shown on the conflict's page. */
    public String conflictValue(String conflictDigest, String valueDigest) { return conflict(conflictDigest) + "#value-" + valueDigest; }
    /** An agreement between sources, named by the digest of what agrees. */
    public String corroboration(String digest) { return resources("corroboration") + digest; }
    /**
     * The pl:Link node of an entity's link to a Wikidata item: {@code {base}id/link/{kind}/{slug}/{qid}}; an entity
     * IRI outside this scheme is slugged whole.
     */
    public String link(String entityIri, String qid) {
        String path = isResource(entityIri) ? entityIri.substring(resources().length()) : Slugs.slug(entityIri);
        return resources("link") + path + "/" + qid;
    }
    public String build() { return resources("build") + "latest"; }
    public String software() { return resources("software") + "plenary"; }

    /** The resource IRI a request path after {@code /id} stands for: {@code /person/x} -> {@code {base}id/person/x}. */
    public String resourceAt(String path) { return base + "id" + path; }

    /** True when the IRI is one of this scheme's resource IRIs ({@code {base}id/...}). */
    public boolean isResource(String iri) { return iri.startsWith(resources()); }

    // ---- named graphs: {base}graph/...

    /** The space of every named graph, {@code {base}graph/}. */
    public String graphs() { return base + "graph/"; }
    public String sourceGraph(String sourceId) { return graphs() + "source/" + sourceId; }
    public String resolutionGraph() { return graphs() + "resolution"; }
    public String buildGraph() { return graphs() + "build"; }
    public String ontologyGraph() { return graphs() + "ontology"; }
    public String conflictsGraph() { return graphs() + "conflicts"; }
    /** Facts of reference documents (data/reference). */
    public String referenceGraph() { return graphs() + "reference"; }
    /** Accepted links to Wikidata. */
    public String wikidataGraph() { return graphs() + "wikidata"; }

    /** The named graph IRI a request path after {@code /graph} stands for: {@code /resolution} -> {@code {base}graph/resolution}. */
    public String graphAt(String path) { return base + "graph" + path; }

    public boolean isGraph(String iri) { return iri.startsWith(graphs()); }
    public boolean isSourceGraph(String iri) { return iri.startsWith(graphs() + "source/"); }

    // ---- the service and its descriptions

    public String sparqlEndpoint() { return base + "sparql"; }
    /** The SPARQL service description's service node. */
    public String sparqlService() { return sparqlEndpoint() + "#service"; }
    /** The VoID/DCAT description's dataset node. */
    public String voidDataset() { return base + ".well-known/void#dataset"; }
    /** Where the dumps are served. */
    public String dumps() { return base + "dumps/"; }
    public String dump(String fileName) { return dumps() + fileName; }

    /** Prefix of the nodes another extractor's output is written under for comparison ({@code eval --baseline}). */
    public String baseline(String system, String sourceId) { return base + "baseline/" + system + "/" + sourceId + "/"; }
}
