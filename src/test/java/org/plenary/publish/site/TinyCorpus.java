package org.plenary.publish.site;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;

/**
 * A hand-made Plenary graph, written through {@code PlenaryDatabase.replace}: one source whose text has an emoji
 * before the spans (so UTF-16 and code-point offsets differ), a person whose name holds a script element, a
 * statement and a mention with their spans, a meeting with a participation, a Wikidata link, an alias IRI of the
 * person, and an ontology graph declaring classes.
 */
final class TinyCorpus {
    static final String BASE = "https://example.org/";
    static final String EVIL_NAME = "Eve <script>alert('x')</script> Example";
    /** 🙂 is one code point and two UTF-16 units. */
    static final String BODY = "🙂 Eve Example told the forum: “We will return.” Then Bob Builder spoke.";
    static final String QUOTE = "We will return.";
    static final String PERSON = BASE + "id/person/eve-example";
    static final String OTHER = BASE + "id/person/bob-builder";
    static final String SOURCE = BASE + "id/source/tiny-2024-01";
    static final String MEETING = BASE + "id/meeting/2024-01-10-forum";
    static final String PLACE = BASE + "id/place/springfield";
    static final String BUILD = BASE + "id/build/latest";
    /** The IRI Eve would have had under her other spelling: owl:sameAs her IRI in graph/resolution. */
    static final String ALIAS = BASE + "id/person/eve-exemplar";

    static int cp(String s) { return BODY.codePointCount(0, BODY.indexOf(s)); }
    static int quoteStart() { return cp(QUOTE); }
    static int quoteEnd() { return quoteStart() + QUOTE.codePointCount(0, QUOTE.length()); }
    static int nameStart() { return cp("Eve Example"); }
    static int nameEnd() { return nameStart() + "Eve Example".length(); }
    static String statement() { return BASE + "id/statement/tiny-2024-01-" + quoteStart() + "-" + quoteEnd(); }
    static String mention() { return BASE + "id/mention/tiny-2024-01-" + nameStart() + "-" + nameEnd(); }

    static String trig() {
        int qs = quoteStart(), qe = quoteEnd(), ns = nameStart(), ne = nameEnd();
        return """
                PREFIX pl: <https://w3id.org/plenary/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                GRAPH <%1$sgraph/source/tiny-2024-01> {
                  <%2$s> a pl:Source ; pl:headline "Tiny forum report" ; pl:articleBody "%3$s" ; pl:language "en" ;
                      dcterms:license <https://creativecommons.org/licenses/by/4.0/> .
                  <%4$s> a pl:Person .
                  <%5$s> a pl:Person .
                  <%6$s> a pl:Meeting ; pl:date "2024-01-10"^^xsd:date ; pl:place <%7$s> ; pl:chair <%4$s> .
                  <%7$s> a pl:Place .
                  <%8$s> a pl:Statement ; pl:speaker <%4$s> ; pl:text "%9$s" ; pl:direct true ; pl:madeAt <%6$s> ;
                      pl:span <%1$sid/span/tiny-2024-01-%10$d-%11$d> ; prov:wasDerivedFrom <%2$s> .
                  <%1$sid/span/tiny-2024-01-%10$d-%11$d> a pl:TextSpan ; oa:start %10$d ; oa:end %11$d ; oa:exact "%9$s" ;
                      oa:prefix "told the forum: “" ; oa:suffix "” Then Bob" ; oa:hasSource <%2$s> .
                  <%12$s> a pl:Mention ; pl:mentionOf <%4$s> ; pl:span <%1$sid/span/tiny-2024-01-%13$d-%14$d> ;
                      prov:wasDerivedFrom <%2$s> .
                  <%1$sid/span/tiny-2024-01-%13$d-%14$d> a pl:TextSpan ; oa:start %13$d ; oa:end %14$d ;
                      oa:exact "Eve Example" ; oa:hasSource <%2$s> .
                  <%1$sid/participation/tiny-2024-01-1> a pl:Participation ; pl:participant <%5$s> ; pl:meeting <%6$s> ;
                      pl:participationRole pl:Speaker ; prov:wasDerivedFrom <%2$s> .
                }
                GRAPH <%1$sgraph/resolution> {
                  <%4$s> a pl:Person ; pl:name "%15$s" ; pl:altName "Eve Exemplar" .
                  <%5$s> a pl:Person ; pl:name "Bob Builder" .
                  <%7$s> a pl:Place ; pl:name "Springfield" .
                  <%6$s> pl:name "Tiny forum" .
                  <%17$s> owl:sameAs <%4$s> .
                }
                GRAPH <%1$sgraph/wikidata> { <%5$s> owl:sameAs <http://www.wikidata.org/entity/Q42> . }
                GRAPH <%1$sgraph/ontology> {
                  pl:Speaker a pl:ParticipationRole ; rdfs:label "speaker"@en . pl:name rdfs:label "name"@en ; a owl:DatatypeProperty .
                  pl:Person a owl:Class . pl:ParticipationRole a owl:Class ; rdfs:subClassOf <http://www.w3.org/2004/02/skos/core#Concept> .
                }
                GRAPH <%1$sgraph/build> { <%16$s> a pl:Build ; pl:softwareVersion "test" . }
                """.formatted(BASE, SOURCE, BODY.replace("\"", "\\\""), PERSON, OTHER, MEETING, PLACE, statement(), QUOTE,
                qs, qe, mention(), ns, ne, EVIL_NAME.replace("'", "\\'"), BUILD, ALIAS);
    }

    static void write(StreamRDF out) {
        RDFParser.fromString(trig(), Lang.TRIG).parse(out);
    }
}
