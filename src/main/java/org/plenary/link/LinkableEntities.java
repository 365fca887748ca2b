package org.plenary.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.plenary.extract.EntityKind;
import org.plenary.graph.PL;

/** The people, organizations and places of a built dataset, with their names and role titles as context. */
public final class LinkableEntities {
    private LinkableEntities() {}

    private static final String QUERY = """
            SELECT ?e ?type ?name ?alt ?title WHERE {
              VALUES ?type { ?person ?org ?place }
              ?e a ?type ; ?pname ?name .
              OPTIONAL { ?e ?palt ?alt }
              OPTIONAL { ?role ?pholder ?e ; ?ptitle ?title }
            } ORDER BY ?e""";

    /** Reads inside a read transaction of its own. */
    public static List<LinkableEntity> of(Dataset ds) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(QUERY);
        q.setIri("person", PL.Person.getURI());
        q.setIri("org", PL.Organization.getURI());
        q.setIri("place", PL.Place.getURI());
        q.setIri("pname", PL.name.getURI());
        q.setIri("palt", PL.altName.getURI());
        q.setIri("pholder", PL.holder.getURI());
        q.setIri("ptitle", PL.title.getURI());
        record Acc(EntityKind kind, Set<String> names, Set<String> context) {}
        Map<String, Acc> acc = new LinkedHashMap<>();
        ds.executeRead(() -> {
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), ds)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String iri = s.getResource("e").getURI();
                    String type = s.getResource("type").getURI();
                    EntityKind kind = type.equals(PL.Person.getURI()) ? EntityKind.PERSON
                            : type.equals(PL.Organization.getURI()) ? EntityKind.ORGANIZATION : EntityKind.PLACE;
                    Acc a = acc.computeIfAbsent(iri, k -> new Acc(kind, new LinkedHashSet<>(), new LinkedHashSet<>()));
                    a.names.add(s.getLiteral("name").getLexicalForm());
                    if (s.contains("alt")) a.names.add(s.getLiteral("alt").getLexicalForm());
                    if (s.contains("title")) a.context.add(s.getLiteral("title").getLexicalForm());
                }
            }
        });
        List<LinkableEntity> out = new ArrayList<>();
        acc.forEach((iri, a) -> {
            List<String> names = new ArrayList<>(a.names);
            out.add(new LinkableEntity(iri, a.kind, names.get(0), names.subList(1, names.size()), new ArrayList<>(a.context)));
        });
        return out;
    }
}
