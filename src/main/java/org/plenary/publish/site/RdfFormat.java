package org.plenary.publish.site;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;

/**
 * The representations of a resource: HTML (its page) and the RDF syntaxes its description is written in, each
 * with the {@code ?format=} name that overrides content negotiation.
 */
public enum RdfFormat {
    HTML("html", WebContent.contentTypeHTML, null, null),
    TURTLE("ttl", WebContent.contentTypeTurtle, Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    JSONLD("jsonld", WebContent.contentTypeJSONLD, Lang.JSONLD, RDFFormat.JSONLD_PRETTY),
    NTRIPLES("nt", WebContent.contentTypeNTriples, Lang.NTRIPLES, RDFFormat.NTRIPLES),
    RDFXML("rdf", WebContent.contentTypeRDFXML, Lang.RDFXML, RDFFormat.RDFXML_PRETTY),
    TRIG("trig", WebContent.contentTypeTriG, Lang.TRIG, RDFFormat.TRIG_PRETTY);

    /** The RDF formats, Turtle first: the default when a client accepts anything. */
    public static final List<RdfFormat> RDF = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML, TRIG);

    public final String name;
    public final String mediaType;
    public final Lang lang;
    public final RDFFormat writerFormat;

    RdfFormat(String name, String mediaType, Lang lang, RDFFormat writerFormat) {
        this.name = name;
        this.mediaType = mediaType;
        this.lang = lang;
        this.writerFormat = writerFormat;
    }

    public boolean isRdf() { return lang != null; }

    /** The format named by a {@code ?format=} value. */
    public static Optional<RdfFormat> byName(String name) {
        if (name == null) return Optional.empty();
        String n = name.toLowerCase(Locale.ROOT);
        for (RdfFormat f : values())
            if (f.name.equals(n)) return Optional.of(f);
        return Optional.empty();
    }

    public static Optional<RdfFormat> byMediaType(String mediaType) {
        for (RdfFormat f : values())
            if (f.mediaType.equalsIgnoreCase(mediaType)) return Optional.of(f);
        return Optional.empty();
    }
}
