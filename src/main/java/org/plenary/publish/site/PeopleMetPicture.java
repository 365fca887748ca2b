package org.plenary.publish.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.plenary.graph.PL;
import org.plenary.graph.Prefixes;
import org.plenary.publish.site.LinkedColumns.Node;

/**
 * The people a person met: the meetings they took part in (or chaired or convened) on the left, by date, each joined
 * to every other person who took part in it on the right; someone met at several meetings is joined to each.
 */
final class PeopleMetPicture {
    private static final String MET = Prefixes.sparql("pl", "rdfs") + """
            CONSTRUCT {
              _:met <urn:x-plenary-picture:at> ?meeting ; <urn:x-plenary-picture:who> ?other ; <urn:x-plenary-picture:how> ?kind .
              ?meeting pl:name ?meetingName ; pl:date ?date . ?other pl:name ?name . ?kind rdfs:label ?kindLabel .
            } WHERE {
              { ?p pl:participant ?me ; pl:meeting ?meeting } UNION { ?meeting pl:chair|pl:convenedBy ?me }
              { ?q pl:meeting ?meeting ; pl:participant ?other OPTIONAL { ?q pl:participationRole ?kind } }
              UNION { ?meeting pl:chair ?other BIND (pl:Chair AS ?kind) }
              UNION { ?meeting pl:convenedBy ?other BIND (pl:Convener AS ?kind) }
              FILTER (?other != ?me)
              ?other a pl:Person .
              OPTIONAL { ?meeting pl:name ?meetingName }
              OPTIONAL { ?meeting pl:date ?date }
              OPTIONAL { ?other pl:name ?name }
              OPTIONAL { ?kind rdfs:label ?kindLabel }
            }
            """;

    private PeopleMetPicture() {}

    /** The picture of the people {@code iri} (a person) met, read from {@code ds}; empty when they met no one recorded. */
    static Picture of(Site site, Dataset ds, String iri, String name) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(MET);
        q.setIri("me", iri);
        Model m = Picture.facts(ds, q);
        Labels l = new Labels(m, site);
        Property at = m.createProperty(Drawing.LOCAL + "at"), who = m.createProperty(Drawing.LOCAL + "who"),
                how = m.createProperty(Drawing.LOCAL + "how");
        Map<Resource, Set<Resource>> meetingsOf = new LinkedHashMap<>();
        Map<Resource, Set<Resource>> kindsOf = new LinkedHashMap<>();
        for (Resource met : m.listSubjectsWithProperty(at).toList()) {
            Resource meeting = l.resource(met, at).orElseThrow(), other = l.resource(met, who).orElseThrow();
            meetingsOf.computeIfAbsent(other, k -> new LinkedHashSet<>()).add(meeting);
            Set<Resource> kinds = kindsOf.computeIfAbsent(other, k -> new TreeSet<>(
                    Comparator.comparingInt((Resource x) -> ParticipationPicture.rank(x)).thenComparing(l::label)));
            l.resource(met, how).ifPresent(kinds::add);
        }
        Set<Resource> meetings = new TreeSet<>(Comparator.comparing((Resource x) -> firstDate(l, x)).thenComparing(l::label));
        meetingsOf.values().forEach(meetings::addAll);
        List<Node> left = new ArrayList<>();
        for (Resource meeting : meetings) {
            Ref ref = l.ref(meeting);
            left.add(new Node(key(meeting), ref.label(), String.join(" / ", new TreeSet<>(l.strings(meeting, PL.date))), ref.href(), "meeting"));
        }
        List<Resource> people = new ArrayList<>(meetingsOf.keySet());
        people.sort(Comparator.comparing(l::label));
        List<Node> right = new ArrayList<>();
        Map<String, List<String>> links = new LinkedHashMap<>();
        List<List<Ref>> rows = new ArrayList<>();
        for (Resource other : people) {
            Ref ref = l.ref(other);
            int n = meetingsOf.get(other).size();
            String kinds = String.join(", ", kindsOf.get(other).stream().map(l::label).toList());
            right.add(new Node(key(other), ref.label(), n > 1 ? "at " + n + " meetings" : kinds, ref.href(), "person"));
            for (Resource meeting : meetingsOf.get(other)) links.computeIfAbsent(key(meeting), k -> new ArrayList<>()).add(key(other));
            List<Ref> at0 = meetingsOf.get(other).stream().map(l::ref).toList();
            rows.add(List.of(ref, Ref.text(String.join(", ", at0.stream().map(Ref::label).toList())), Ref.text(kinds)));
        }
        String title = "People " + name + " met";
        String desc = name + " met " + people.size() + " other " + (people.size() == 1 ? "person" : "people") + " at "
                + meetings.size() + " meeting" + (meetings.size() == 1 ? "" : "s") + ": each meeting on the left, joined to everyone"
                + " who took part in it on the right. The table below gives the same.";
        List<LinkedColumns.Band> bands = List.of(new LinkedColumns.Band(null, "meeting", left));
        return new Picture("people-met",
                LinkedColumns.draw("people-met-wide", "people-met", title, desc, new LinkedColumns.Widths(760, 330, 300), bands, right, links),
                LinkedColumns.draw("people-met-narrow", "people-met", title, desc, new LinkedColumns.Widths(320, 136, 142), bands, right, links),
                List.of("Who", "Met at", "How they took part"), rows);
    }

    private static String key(Resource r) { return r.isURIResource() ? r.getURI() : r.toString(); }

    /** The earliest date a source gives the meeting; undated meetings last. */
    private static String firstDate(Labels l, Resource meeting) {
        return l.strings(meeting, PL.date).stream().sorted().findFirst().orElse("\uffff");
    }
}
