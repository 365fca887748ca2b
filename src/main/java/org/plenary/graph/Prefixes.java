package org.plenary.graph;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prefixes Plenary's outputs use. A prefix keeps the meaning the wider web gives it: {@code org:} is the W3C
 * Organization Ontology, so Plenary's own organization IRIs are {@code organization:}.
 */
public final class Prefixes {
    /** The W3C Organization Ontology. */
    public static final String ORG = "http://www.w3.org/ns/org#";

    private Prefixes() {}

    public static Map<String, String> standard(IriScheme iris) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("pl", PL.NS);
        m.put("prov", PROV.NS);
        m.put("oa", OA.NS);
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("person", iris.resources("person"));
        m.put("org", ORG);
        m.put("organization", iris.resources("organization"));
        m.put("place", iris.resources("place"));
        m.put("meeting", iris.resources("meeting"));
        m.put("source", iris.resources("source"));
        return m;
    }
}
