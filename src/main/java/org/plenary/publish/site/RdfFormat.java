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
    TURTLE("ttl", WebContent.contentTypeTurtle, Lang.TURTLE, RDFFormat.TURTLE_PRETTY, "application/x-turtle"),
    JSONLD("jsonld", WebContent.contentTypeJSONLD, Lang.JSONLD, RDFFormat.JSONLD_PRETTY),
    // "text/plain" is N-Triples' media type before RDF 1.1; rdflib still asks for it ("text/plain, */*;q=0.1").
    NTRIPLES("nt", WebContent.contentTypeNTriples, Lang.NTRIPLES, RDFFormat.NTRIPLES, "text/plain"),
    RDFXML("rdf", WebContent.contentTypeRDFXML, Lang.RDFXML, RDFFormat.RDFXML_PRETTY),
    TRIG("trig", WebContent.contentTypeTriG, Lang.TRIG, RDFFormat.TRIG_PRETTY);

    /** The RDF formats, Turtle first: the default when a client accepts anything. */
    public static final List<RdfFormat> RDF = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML, TRIG);

    public final String name;
    public final String mediaType;
    public final Lang lang;
    public final RDFFormat writerFormat;
    /** Older media types clients still send for this syntax; answers always carry {@link #mediaType}. */
    public final List<String> aliases;

    RdfFormat(String name, String mediaType, Lang lang, RDFFormat writerFormat, String... aliases) {
        this.name = name;
        this.mediaType = mediaType;
        this.lang = lang;
        this.writerFormat = writerFormat;
        this.aliases = List.of(aliases);
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
        for (RdfFormat f : values())
            for (String a : f.aliases)
                if (a.equalsIgnoreCase(mediaType)) return Optional.of(f);
        return Optional.empty();
    }
}
