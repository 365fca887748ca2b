package org.plenary.graph;

import org.plenary.extract.EntityKind;

/**
 * Where every resource and named graph lives. The base is the public base IRI (configurable with
 * {@code --base}), independent of the host the server runs on. Resource IRIs are {@code {base}id/{kind}/{slug}};
 * the same input gives the same IRIs on every build.
 */
public record IriScheme(String base) {
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    public IriScheme {
        if (!base.endsWith("/")) base = base + "/";
    }

    public static IriScheme defaults() { return new IriScheme(DEFAULT_BASE); }

    public String entity(EntityKind kind, String id) { return base + "id/" + kind.slug() + "/" + id; }
    public String meeting(String id) { return base + "id/meeting/" + id; }
    public String source(String sourceId) { return base + "id/source/" + sourceId; }
    public String statement(String sourceId, int start, int end) { return base + "id/statement/" + sourceId + "-" + start + "-" + end; }
    public String role(String sourceId, int index) { return base + "id/role/" + sourceId + "-" + index; }
    public String participation(String sourceId, int index) { return base + "id/participation/" + sourceId + "-" + index; }
    public String mention(String sourceId, int start, int end) { return base + "id/mention/" + sourceId + "-" + start + "-" + end; }
    public String span(String sourceId, int start, int end) { return base + "id/span/" + sourceId + "-" + start + "-" + end; }
    public String merge(String entitySlugPath) { return base + "id/merge/" + entitySlugPath; }
    public String build() { return base + "id/build/latest"; }
    public String software() { return base + "id/software/plenary"; }
    public String participationRole(String localName) { return PL.NS + localName; }

    public String sourceGraph(String sourceId) { return base + "graph/source/" + sourceId; }
    public String resolutionGraph() { return base + "graph/resolution"; }
    public String buildGraph() { return base + "graph/build"; }
    public String ontologyGraph() { return base + "graph/ontology"; }

    /** True when the IRI is one of this scheme's resource IRIs ({@code {base}id/...}). */
    public boolean isResource(String iri) { return iri.startsWith(base + "id/"); }
}
