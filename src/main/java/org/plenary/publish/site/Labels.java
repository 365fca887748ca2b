package org.plenary.publish.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.plenary.graph.PL;

/** Reading a description model for pages: labels, links, literal values. */
final class Labels {
    private final Model model;
    private final Site site;

    /** Labels, values and links into {@code site} of a page's description model. */
    Labels(Model model, Site site) {
        this.model = Objects.requireNonNull(model, "model");
        this.site = Objects.requireNonNull(site, "site");
    }

    private Labels(Model model) {
        this.model = Objects.requireNonNull(model, "model");
        this.site = null;
    }

    /**
     * Names and values only, with no site to link into (what a list of disputes read from the whole dataset needs):
     * {@link #ref} refuses.
     */
    static Labels namesIn(Model model) {
        return new Labels(model);
    }

    Model model() { return model; }

    /**
     * The best label: pl:name, an English or plain rdfs:label, pl:headline, a source's outlet and date when it has
     * no headline, else the IRI's last segment.
     */
    String label(Resource r) {
        if (r == null) return "";
        Optional<String> l = string(r, PL.name);
        if (l.isEmpty()) l = englishLabel(r);
        if (l.isEmpty()) l = string(r, PL.headline);
        if (l.isEmpty()) l = outletAndDate(r);
        if (l.isPresent()) return l.get();
        if (r.isAnon()) return "(blank node)";
        String iri = r.getURI();
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /** A source without a headline: its publisher's name (a literal or an organization's name) and date. */
    private Optional<String> outletAndDate(Resource r) {
        Optional<String> outlet = string(r, PL.publisher).or(() -> resource(r, PL.publisher).flatMap(pub -> string(pub, PL.name)));
        Optional<String> date = string(r, PL.published);
        if (outlet.isEmpty()) return date;
        return Optional.of(date.map(d -> outlet.get() + ", " + d).orElse(outlet.get()));
    }

    /**
     * A property read from its object to its subject, in words: the ontology's pl:inverseLabel ("convened"), else
     * "is <label> of".
     */
    String inverseLabel(Resource property) {
        return englishString(property, PL.inverseLabel).orElseGet(() -> "is " + label(property) + " of");
    }

    /** A linked Wikidata item's one-line description (schema:description, English first), if the data has one. */
    Optional<String> description(Resource r) {
        return englishString(r, r.getModel().createProperty(org.plenary.graph.Prefixes.SCHEMA + "description"));
    }

    private Optional<String> englishLabel(Resource r) {
        return englishString(r, RDFS.label);
    }

    private Optional<String> englishString(Resource r, Property p) {
        String plain = null;
        for (Statement s : model.listStatements(r, p, (RDFNode) null).toList()) {
            if (!s.getObject().isLiteral()) continue;
            Literal lit = s.getLiteral();
            if (lit.getLanguage().startsWith("en")) return Optional.of(lit.getString());
            if (plain == null) plain = lit.getString();
        }
        return Optional.ofNullable(plain);
    }

    Ref ref(RDFNode n) {
        if (n == null) return null;
        if (n.isLiteral()) return Ref.text(n.asLiteral().getLexicalForm());
        Resource r = n.asResource();
        if (site == null) throw new IllegalStateException("labels read for names only make no links");
        return new Ref(label(r), r.isURIResource() ? site.href(r.getURI()) : null, r.getURI());
    }

    Optional<String> string(Resource r, Property p) {
        return values(r, p).stream().filter(RDFNode::isLiteral).map(n -> n.asLiteral().getLexicalForm()).findFirst();
    }

    /** All distinct literal values, sorted. */
    List<String> strings(Resource r, Property p) {
        Set<String> out = new java.util.TreeSet<>();
        for (RDFNode n : values(r, p)) if (n.isLiteral()) out.add(n.asLiteral().getLexicalForm());
        return new ArrayList<>(out);
    }

    Optional<Resource> resource(Resource r, Property p) {
        return values(r, p).stream().filter(RDFNode::isResource).map(RDFNode::asResource).findFirst();
    }

    /** Links to the distinct resources (or literals) that are values of {@code p}, sorted by label. */
    List<Ref> refs(Resource r, Property p) {
        Set<RDFNode> seen = new LinkedHashSet<>(values(r, p));
        List<Ref> out = new ArrayList<>();
        for (RDFNode n : seen) out.add(ref(n));
        out.sort(Comparator.comparing(Ref::label));
        return out;
    }

    List<RDFNode> values(Resource r, Property p) {
        return r == null ? List.of() : model.listObjectsOfProperty(r, p).toList();
    }

    /** Subjects of {@code p} pointing at {@code r}. */
    List<Resource> pointing(Property p, Resource r) {
        return model.listSubjectsWithProperty(p, r).toList();
    }

    int integer(Resource r, Property p, int dflt) {
        return values(r, p).stream().filter(RDFNode::isLiteral).map(n -> n.asLiteral().getInt()).findFirst().orElse(dflt);
    }
}
