package org.plenary.publish.site;

/** A link on a page: what to show, where it goes, and the IRI it stands for (null for a literal). */
public record Ref(String label, String href, String iri) {
    static Ref text(String label) { return new Ref(label, null, null); }
}
