package org.plenary.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PL.java and ontology/plenary.ttl declare the same terms, and every term is documented. */
class VocabularyMatchesOntologyTest {

    /** The participation roles are the only individuals; every other Resource constant is a class. */
    private static final Set<Resource> INDIVIDUALS =
            Set.of(PL.Convener, PL.Chair, PL.Speaker, PL.Testifier, PL.DelegationHead, PL.Attendee);

    private static Graph ontology;
    private static Map<String, Field> constants;

    @BeforeAll
    static void load() throws IllegalAccessException {
        ontology = Ontology.ontology();
        constants = new HashMap<>();
        for (Field f : PL.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
                constants.put(((Resource) f.get(null)).getURI(), f);
        }
    }

    private static Node node(Resource r) { return r.asNode(); }

    private static boolean typed(Node term, Resource type) {
        return ontology.contains(term, RDF.type.asNode(), node(type));
    }

    private static List<Node> objects(Node s, Property p) {
        return ontology.find(s, p.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
    }

    @Test
    void theFileInTheProjectParsesWithRiotAndIsWhatTheClasspathServes() {
        Graph fromFile = RDFDataMgr.loadGraph(Path.of("ontology", "plenary.ttl").toString());
        assertTrue(fromFile.isIsomorphicWith(ontology), "ontology/plenary.ttl and /ontology/plenary.ttl on the classpath differ");
    }

    @Test
    void everyConstantIsNamedAfterItsLocalName() {
        constants.forEach((uri, field) -> {
            assertTrue(uri.startsWith(PL.NS), uri);
            assertEquals(field.getName(), uri.substring(PL.NS.length()), "constant " + field.getName() + " has IRI " + uri);
        });
        assertTrue(constants.size() > 50, "found only " + constants.size() + " constants in PL");
    }

    @Test
    void everyConstantIsDeclaredWithItsKind() {
        List<String> wrong = new ArrayList<>();
        constants.forEach((uri, field) -> {
            Node term = NodeFactory.createURI(uri);
            boolean isClass = typed(term, OWL2.Class);
            boolean isIndividual = typed(term, OWL2.NamedIndividual) && typed(term, PL.ParticipationRole);
            boolean isObjectProperty = typed(term, OWL2.ObjectProperty);
            boolean isDatatypeProperty = typed(term, OWL2.DatatypeProperty);
            boolean isAnnotationProperty = typed(term, OWL2.AnnotationProperty);
            int kinds = (isClass ? 1 : 0) + (isIndividual ? 1 : 0) + (isObjectProperty ? 1 : 0) + (isDatatypeProperty ? 1 : 0)
                    + (isAnnotationProperty ? 1 : 0);
            boolean ok;
            if (Property.class.isAssignableFrom(field.getType()))
                ok = (isObjectProperty || isDatatypeProperty || isAnnotationProperty) && kinds == 1;
            else if (INDIVIDUALS.stream().anyMatch(r -> r.getURI().equals(uri)))
                ok = isIndividual && kinds == 1;
            else
                ok = isClass && kinds == 1;
            if (!ok)
                wrong.add(field.getName());
        });
        assertEquals(List.of(), wrong, "constants not declared in plenary.ttl with exactly their kind");
    }

    @Test
    void everyPlenaryTermInTheOntologyHasAConstant() {
        Set<String> missing = new TreeSet<>(plenaryTerms(ontology));
        missing.removeAll(constants.keySet());
        assertEquals(Set.of(), missing, "terms of plenary.ttl without a constant in PL");
    }

    @Test
    void theShapesUseOnlyDeclaredPlenaryTerms() {
        Set<String> unknown = new TreeSet<>(plenaryTerms(Ontology.shapes()));
        unknown.removeAll(constants.keySet());
        assertEquals(Set.of(), unknown, "shapes.ttl uses pl: terms that PL and plenary.ttl do not declare");
    }

    @Test
    void everyClassAndPropertyHasAnEnglishLabelAndComment() {
        List<String> undocumented = new ArrayList<>();
        for (Field f : constants.values()) {
            Node term = NodeFactory.createURI(PL.NS + f.getName());
            if (!hasEnglish(term, RDFS.label) || !hasEnglish(term, RDFS.comment))
                undocumented.add(f.getName());
        }
        assertEquals(List.of(), undocumented, "terms without an rdfs:label@en and rdfs:comment@en");
    }

    @Test
    void everyPropertyHasOneDomainAndOneRangeMadeOfDeclaredTerms() {
        List<String> wrong = new ArrayList<>();
        for (Field f : constants.values()) {
            if (!Property.class.isAssignableFrom(f.getType()))
                continue;
            Node p = NodeFactory.createURI(PL.NS + f.getName());
            // An annotation (pl:inverseLabel) describes the vocabulary, not the data: OWL gives it no domain.
            if (typed(p, OWL2.AnnotationProperty))
                continue;
            List<Node> domains = objects(p, RDFS.domain);
            List<Node> ranges = objects(p, RDFS.range);
            // Several rdfs:domain (or rdfs:range) statements would mean their intersection, never "A or B".
            if (domains.size() != 1 || ranges.size() != 1) {
                wrong.add(f.getName() + ": " + domains.size() + " domains, " + ranges.size() + " ranges");
                continue;
            }
            for (Node member : members(domains.get(0)))
                if (!typed(member, OWL2.Class))
                    wrong.add(f.getName() + ": domain " + member + " is not a declared class");
            boolean datatypeProperty = typed(p, OWL2.DatatypeProperty);
            for (Node member : members(ranges.get(0))) {
                boolean datatype = member.isURI() && (member.getURI().startsWith(XSD.NS) || member.equals(RDFS.Literal.asNode()));
                if (datatypeProperty != datatype)
                    wrong.add(f.getName() + ": range " + member + " does not fit a " + (datatypeProperty ? "datatype" : "object") + " property");
                if (!datatype && !typed(member, OWL2.Class) && !member.equals(OWL2.Thing.asNode()))
                    wrong.add(f.getName() + ": range " + member + " is not a declared class");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void participationRolesCarryTheirLabels() {
        Map<Resource, String> expected = Map.of(PL.Convener, "convener", PL.Chair, "chair", PL.Speaker, "speaker",
                PL.Testifier, "testifier", PL.DelegationHead, "delegation head", PL.Attendee, "attendee");
        expected.forEach((role, label) -> {
            List<Node> labels = objects(role.asNode(), RDFS.label);
            assertEquals(1, labels.size(), role.getLocalName());
            assertEquals(label, labels.get(0).getLiteralLexicalForm(), role.getLocalName());
            assertEquals("en", labels.get(0).getLiteralLanguage(), role.getLocalName());
        });
        assertEquals(expected.keySet(), INDIVIDUALS);
    }

    @Test
    void theOntologyHeaderNamesLicenseAndVersion() {
        Node onto = NodeFactory.createURI(Ontology.IRI);
        assertTrue(typed(onto, OWL2.Ontology));
        assertTrue(hasEnglish(onto, RDFS.label) && hasEnglish(onto, RDFS.comment));
        assertEquals(List.of(NodeFactory.createURI("https://spdx.org/licenses/GPL-3.0-or-later")), objects(onto, DCTerms.license));
        List<Node> version = objects(onto, OWL2.versionInfo);
        assertEquals(1, version.size());
        assertEquals("0.1.0", version.get(0).getLiteralLexicalForm());
    }

    /** Every pl: IRI used anywhere (subject, predicate or object) in the graph. */
    private static Set<String> plenaryTerms(Graph g) {
        Set<String> terms = new TreeSet<>();
        g.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject()))
                if (n.isURI() && n.getURI().startsWith(PL.NS))
                    terms.add(n.getURI());
        });
        return terms;
    }

    private static boolean hasEnglish(Node term, Property p) {
        return objects(term, p).stream().anyMatch(o -> o.isLiteral() && "en".equals(o.getLiteralLanguage())
                && !o.getLiteralLexicalForm().isBlank());
    }

    /** A named term is itself; a blank node with owl:unionOf stands for the members of its list. */
    private static List<Node> members(Node expression) {
        if (expression.isURI())
            return List.of(expression);
        List<Node> lists = objects(expression, OWL2.unionOf);
        if (lists.size() != 1)
            fail("class or datatype expression " + expression + " is neither an IRI nor an owl:unionOf");
        List<Node> members = GraphList.members(new GNode(ontology, lists.get(0)));
        assertFalse(members.isEmpty(), "empty owl:unionOf");
        return members;
    }
}
