package org.plenary.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * The one prefix mapping: every prefix Plenary writes (dumps, pages, descriptions, SHACL reports) or puts in a query
 * it builds, and the namespace it stands for. A writer takes a view ({@link #data()}, {@link #standard},
 * {@link #select}) and a query its declarations ({@link #sparql}); nothing else declares a prefix, so a prefix
 * never means two things. A prefix keeps the meaning the wider web gives it: {@code org:} is the W3C Organization
 * Ontology, so Plenary's own organization IRIs are {@code organization:}.
 */
public final class Prefixes {
    /** The W3C Organization Ontology. */
    public static final String ORG = "http://www.w3.org/ns/org#";
    /** schema.org as the ontology (ontology/plenary.ttl) writes its IRIs: http, not https. */
    public static final String SCHEMA = "http://schema.org/";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final String FORMATS = "http://www.w3.org/ns/formats/";
    /** Jena's full-text search property functions ({@code text:query}). */
    public static final String TEXT = "http://jena.apache.org/text#";

    /** The vocabularies of the data, in the order the dumps declare them. */
    private static final Map<String, String> DATA = ordered(
            PL.PREFIX, PL.NS,
            "prov", PROV.NS,
            "oa", OA.NS,
            "owl", OWL.NS,
            "rdf", RDF.uri,
            "rdfs", RDFS.uri,
            "xsd", XSD.NS,
            "schema", SCHEMA,
            "dcterms", DCTerms.NS);

    /** Every vocabulary prefix: the data's, then those of descriptions and of queries. */
    private static final Map<String, String> ALL = with(DATA, ordered(
            "org", ORG,
            "void", VOID,
            "dcat", DCAT.NS,
            "spdx", SPDX,
            "sd", SD,
            "formats", FORMATS,
            "text", TEXT));

    private Prefixes() {}

    /**
     * The vocabularies of the data, independent of the base: the Turtle and TriG dumps. Reused dump segments were
     * written under them, so a change needs a new generation manifest header.
     */
    public static Map<String, String> data() { return DATA; }

    /** The data's vocabularies, {@code org:} and this dataset's resource spaces ({@code person:}, ...): pages, graphs, {@code extract}. */
    public static Map<String, String> standard(IriScheme iris) {
        Map<String, String> m = new LinkedHashMap<>(DATA);
        m.put("org", ORG);
        for (String kind : new String[] {"person", "organization", "place", "meeting", "source"}) m.put(kind, iris.resources(kind));
        return Collections.unmodifiableMap(m);
    }

    /** The named vocabulary prefixes, in the order given, as a locked mapping (a description, a report). */
    public static PrefixMapping select(String... prefixes) {
        PrefixMapping m = PrefixMapping.Factory.create();
        for (String p : prefixes) m.setNsPrefix(p, namespace(p));
        return m.lock();
    }

    /** The SPARQL declarations of the named vocabulary prefixes, one line each, for a query built in code. */
    public static String sparql(String... prefixes) {
        StringBuilder out = new StringBuilder();
        for (String p : prefixes) out.append("PREFIX ").append(p).append(": <").append(namespace(p)).append(">\n");
        return out.toString();
    }

    /** The namespace of a vocabulary prefix; an unknown prefix is a programming error. */
    public static String namespace(String prefix) {
        String ns = ALL.get(prefix);
        if (ns == null) throw new IllegalArgumentException("no prefix '" + prefix + "' in Prefixes");
        return ns;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, String> with(Map<String, String> a, Map<String, String> b) {
        Map<String, String> m = new LinkedHashMap<>(a);
        m.putAll(b);
        return Collections.unmodifiableMap(m);
    }
}
