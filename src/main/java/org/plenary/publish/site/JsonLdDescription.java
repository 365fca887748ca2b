package org.plenary.publish.site;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.plenary.graph.IriScheme;

/**
 * A description as compacted JSON-LD with a real {@code @context}: every property and class it uses is a plain
 * term mapped to its IRI ({@code "name": {"@id": "https://w3id.org/plenary/ontology#name"}}), a property whose
 * values are all IRIs is typed {@code @id} and one whose literals share a datatype carries it, so a JSON client reads
 * {@code "name"} and {@code "date"} keys and a JSON-LD processor gets the same triples back. The context has no
 * prefixes: values are full IRIs (a JSON client can follow them), and of two properties with the same local name,
 * neither gets the term (both keys are full IRIs).
 */
final class JsonLdDescription {
    private JsonLdDescription() {}

    static byte[] write(Model description, IriScheme iris) {
        StringWriter expanded = new StringWriter();
        RDFDataMgr.write(expanded, description, RDFFormat.JSONLD11_PLAIN);
        JsonObject context = Json.createObjectBuilder().add("@context", context(description, iris)).build();
        try {
            JsonObject compacted = JsonLd.compact(JsonDocument.of(new StringReader(expanded.toString())), JsonDocument.of(context)).get();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
                w.writeObject(compacted);
            }
            return out.toByteArray();
        } catch (JsonLdError e) {
            throw new IllegalStateException("Compacting a description as JSON-LD: " + e.getMessage(), e);
        }
    }

    /** The term definitions of the properties and classes {@code description} uses. */
    static JsonObject context(Model description, IriScheme iris) {
        Map<String, Set<String>> valueKinds = new TreeMap<>();
        Set<String> classes = new TreeSet<>();
        description.getGraph().find().forEachRemaining((Triple t) -> {
            String p = t.getPredicate().getURI();
            if (p.equals(RDF.type.getURI())) {
                if (t.getObject().isURI()) classes.add(t.getObject().getURI());
                return;
            }
            valueKinds.computeIfAbsent(p, k -> new TreeSet<>()).add(kind(t.getObject()));
        });
        Map<String, Integer> uses = new HashMap<>();
        for (String iri : valueKinds.keySet()) uses.merge(localName(iri), 1, Integer::sum);
        for (String iri : classes) uses.merge(localName(iri), 1, Integer::sum);
        Map<String, JsonObject> terms = new LinkedHashMap<>();
        JsonObjectBuilder ctx = Json.createObjectBuilder();
        valueKinds.forEach((iri, kinds) -> {
            JsonObjectBuilder def = Json.createObjectBuilder().add("@id", iri);
            if (kinds.size() == 1) {
                String k = kinds.iterator().next();
                if (k.equals("@id")) def.add("@type", "@id");
                else if (!k.isEmpty()) def.add("@type", k);
            }
            String term = localName(iri);
            if (uses.get(term) == 1 && !term.isEmpty()) terms.put(term, def.build());
        });
        for (String iri : classes) {
            String term = localName(iri);
            if (uses.get(term) == 1 && !term.isEmpty()) terms.put(term, Json.createObjectBuilder().add("@id", iri).build());
        }
        terms.forEach(ctx::add);
        return ctx.build();
    }

    /** "@id" for IRIs and blank nodes, the datatype of a typed literal, "" for strings and language-tagged text. */
    private static String kind(Node o) {
        if (!o.isLiteral()) return "@id";
        String dt = o.getLiteralDatatypeURI();
        if (!o.getLiteralLanguage().isEmpty() || dt == null || dt.equals(XSD.xstring.getURI())) return "";
        return dt;
    }

    /** The part of an IRI after its last '#' or '/', if it makes a plain term. */
    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String local = iri.substring(cut + 1);
        return local.matches("[A-Za-z][A-Za-z0-9_]*") ? local : "";
    }
}
