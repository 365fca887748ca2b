package org.plenary.publish.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.plenary.graph.PL;
import org.plenary.graph.PROV;
import org.plenary.graph.Prefixes;
import org.plenary.publish.site.LinkedColumns.Node;

/**
 * A meeting's participants drawn by how they took part (one band per participation kind: chair, convener, delegation
 * head, speaker, testifier, attendee), each joined to the organizations they held a role at according to the sources
 * reporting the meeting. A participant is drawn once, in the band of the first of its kinds; the others are its detail.
 */
final class ParticipationPicture {
    /**
     * The kinds in the order a reader looks for them: who presided, who called it, who led a delegation, who testified,
     * who spoke, who was there; a participant with several is drawn under the most specific (a testifier also speaks).
     */
    static final List<Resource> KINDS = List.of(PL.Chair, PL.Convener, PL.DelegationHead, PL.Testifier, PL.Speaker, PL.Attendee);

    private static final String PARTICIPANTS = Prefixes.sparql("pl", "prov", "rdfs") + """
            CONSTRUCT {
              ?person <urn:x-plenary-picture:took> ?kind . ?person pl:name ?name . ?kind rdfs:label ?kindLabel . ?person <urn:x-plenary-picture:reportedBy> ?source .
              ?role pl:holder ?person ; pl:organization ?org ; prov:wasDerivedFrom ?roleSource ; pl:endDate ?end .
              ?org pl:name ?orgName .
            } WHERE {
              { { ?p pl:meeting ?m ; pl:participant ?person ; pl:participationRole ?kind OPTIONAL { ?p prov:wasDerivedFrom ?source } }
                UNION { ?m pl:chair ?person BIND (pl:Chair AS ?kind) }
                UNION { ?m pl:convenedBy ?person BIND (pl:Convener AS ?kind) }
                OPTIONAL { ?person pl:name ?name }
                OPTIONAL { ?kind rdfs:label ?kindLabel } }
              UNION
              { { ?p pl:meeting ?m ; pl:participant ?person } UNION { ?m pl:chair|pl:convenedBy ?person }
                ?role pl:holder ?person ; pl:organization ?org .
                OPTIONAL { ?role prov:wasDerivedFrom ?roleSource }
                OPTIONAL { ?role pl:endDate ?end }
                OPTIONAL { ?org pl:name ?orgName } }
            }
            """;
    /** Terms of the picture's own model (never published): who took part how, and which source said so. */
    private static final String TOOK = Drawing.LOCAL + "took", REPORTED_BY = Drawing.LOCAL + "reportedBy";

    private ParticipationPicture() {}

    /** The picture of the meeting {@code iri} held on {@code date} (ISO, or null), read from {@code ds}. */
    static Picture of(Site site, Dataset ds, String iri, String date) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PARTICIPANTS);
        q.setIri("m", iri);
        Model m = Picture.facts(ds, q);
        Labels l = new Labels(m, site);
        var took = m.createProperty(TOOK);
        var reportedBy = m.createProperty(REPORTED_BY);
        Set<Resource> meetingSources = new LinkedHashSet<>();
        m.listObjectsOfProperty(reportedBy).forEachRemaining(n -> { if (n.isResource()) meetingSources.add(n.asResource()); });

        Map<Resource, List<Node>> byKind = new LinkedHashMap<>();
        for (Resource k : KINDS) byKind.put(k, new ArrayList<>());
        Map<String, List<String>> links = new LinkedHashMap<>();
        Map<String, Node> orgs = new LinkedHashMap<>();
        List<List<Ref>> rows = new ArrayList<>();
        List<Resource> people = m.listSubjectsWithProperty(took).toList();
        people.sort(Comparator.comparing(l::label));
        for (Resource person : people) {
            List<Resource> kinds = m.listObjectsOfProperty(person, took).toList().stream().filter(n -> n.isResource())
                    .map(n -> n.asResource()).sorted(Comparator.comparingInt((Resource k) -> rank(k)).thenComparing(l::label)).toList();
            Resource first = kinds.get(0);
            List<String> kindNames = kinds.stream().map(l::label).toList();
            String also = kindNames.size() > 1 ? "also " + String.join(", ", kindNames.subList(1, kindNames.size())) : null;
            List<Resource> organizations = organizations(m, l, person, meetingSources, date);
            Ref who = l.ref(person);
            String key = person.isURIResource() ? person.getURI() : person.toString();
            byKind.computeIfAbsent(first, k -> new ArrayList<>()).add(new Node(key, who.label(), also, who.href(), "kind-" + slug(l.label(first))));
            List<String> to = new ArrayList<>();
            for (Resource org : organizations) {
                Ref o = l.ref(org);
                String okey = org.isURIResource() ? org.getURI() : org.toString();
                orgs.putIfAbsent(okey, new Node(okey, o.label(), null, o.href(), "organization"));
                to.add(okey);
            }
            links.put(key, to);
            rows.add(List.of(Ref.text(String.join(", ", kindNames)), who,
                    Ref.text(organizations.isEmpty() ? "" : String.join(", ", organizations.stream().map(l::label).toList()))));
        }
        rows.sort(Comparator.comparing((List<Ref> r) -> rankOfNames(r.get(0).label())).thenComparing(r -> r.get(1).label()));
        List<LinkedColumns.Band> bands = new ArrayList<>();
        byKind.forEach((kind, nodes) -> {
            if (nodes.isEmpty()) return;
            String name = l.label(kind);
            bands.add(new LinkedColumns.Band(capitalized(name) + (nodes.size() > 1 ? " (" + nodes.size() + ")" : ""), "kind-" + slug(name), nodes));
        });
        List<Node> right = new ArrayList<>(orgs.values());
        String title = "Who took part, how, and for which organization";
        String desc = people.size() + " participant" + (people.size() == 1 ? "" : "s") + " by how they took part ("
                + String.join("; ", bands.stream().map(b -> b.heading()).toList()) + "), joined to the " + right.size()
                + " organization" + (right.size() == 1 ? "" : "s") + " they held a role at. The table below gives the same.";
        return new Picture("participation",
                LinkedColumns.draw("participation-wide", "participation", title, desc, new LinkedColumns.Widths(760, 330, 300), bands, right, links),
                LinkedColumns.draw("participation-narrow", "participation", title, desc, new LinkedColumns.Widths(320, 146, 128), bands, right, links),
                List.of("How", "Who", "For (roles according to the sources)"), rows);
    }

    /**
     * The organizations {@code person} held a role at, as the sources reporting this meeting give them; else as any
     * source or the reference record gives them for a role not ended before the meeting.
     */
    private static List<Resource> organizations(Model m, Labels l, Resource person, Set<Resource> meetingSources, String date) {
        Set<Resource> here = new LinkedHashSet<>(), elsewhere = new LinkedHashSet<>();
        for (Resource role : m.listSubjectsWithProperty(PL.holder, person).toList()) {
            Optional<Resource> org = l.resource(role, PL.organization);
            if (org.isEmpty()) continue;
            Optional<Resource> source = l.resource(role, PROV.wasDerivedFrom);
            if (source.isPresent() && meetingSources.contains(source.get())) here.add(org.get());
            else if (date == null || l.string(role, PL.endDate).map(end -> end.compareTo(date) >= 0).orElse(true)) elsewhere.add(org.get());
        }
        List<Resource> out = new ArrayList<>(here.isEmpty() ? elsewhere : here);
        out.sort(Comparator.comparing(l::label));
        return out;
    }

    static int rank(Resource kind) {
        int i = KINDS.indexOf(kind);
        return i < 0 ? KINDS.size() : i;
    }

    /** The rank of a row by its first kind's name (rows hold names, not the kinds). */
    private static int rankOfNames(String kindNames) {
        String first = kindNames.split(", ")[0];
        for (int i = 0; i < KINDS.size(); i++)
            if (slug(KINDS.get(i).getLocalName()).equals(slug(first))) return i;
        return KINDS.size();
    }

    /** A CSS class fragment of a kind's name ("delegation head" -> "delegationhead"). */
    static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
