package org.plenary.publish.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.plenary.graph.OA;
import org.plenary.graph.PL;
import org.plenary.graph.PROV;

/** The view model of each kind of resource page, read from the resource's description. */
final class Pages {
    static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    public record Participant(Ref who, List<String> roles, List<Ref> sources) {}
    public record Said(Ref statement, boolean direct, Ref source, String sentenceHref) {}
    public record SpeakerGroup(Ref speaker, List<Said> statements) {}
    /** A role; {@code start} and {@code end} are the dates the record knows it held from and until (null: unknown). */
    public record RoleRow(Ref holder, String title, Ref organization, Ref source, String sentenceHref, String iri, String start, String end) {}
    /** One meeting the agent took part in or held, once, with every way it did and every source saying so. */
    public record Taking(Ref meeting, List<String> roles, List<Ref> sources) {}
    public record MentionCount(Ref source, int count, String firstHref) {}
    /** A triple of the table; {@code inverse} is the property in words read backwards ("convened"), for incoming rows. */
    public record Row(Ref property, Ref value, boolean incoming, String inverse) {}
    public record Field(String name, Ref value) {}
    /** A Wikidata item the entity is the same as: its label and description as the build recorded them (null: none). */
    public record WikidataItemRef(String label, String qid, String description, String href) {}

    private final Site site;
    private final Labels l;
    private final Resource r;
    private final String iri;

    Pages(Site site, Model description, String iri) {
        this.site = site;
        this.l = new Labels(description, site);
        this.iri = iri;
        this.r = description.createResource(iri);
    }

    /** The template and context of the page. */
    Map.Entry<String, Map<String, Object>> view(Dataset ds) {
        Map<String, Object> c = common();
        String template;
        if (r.hasProperty(RDF.type, PL.Meeting)) template = meeting(c);
        else if (r.hasProperty(RDF.type, PL.Person) || r.hasProperty(RDF.type, PL.Organization)) template = agent(c);
        else if (r.hasProperty(RDF.type, PL.Source)) template = source(c);
        else if (r.hasProperty(RDF.type, PL.Statement)) template = statement(c, ds);
        else if (r.hasProperty(RDF.type, PL.Place)) template = place(c);
        else template = "resource";
        c.put("rows", rows());
        return Map.entry(template, c);
    }

    private Map<String, Object> common() {
        Map<String, Object> c = new HashMap<>();
        String path = site.localPath(iri).orElse("");
        c.put("iri", iri);
        c.put("title", l.label(r));
        c.put("types", l.refs(r, RDF.type));
        c.put("altNames", l.strings(r, PL.altName));
        List<Ref> formats = new ArrayList<>();
        for (RdfFormat f : RdfFormat.RDF) formats.add(new Ref(f.name, "/data" + path + "?format=" + f.name, null));
        c.put("formats", formats);
        c.put("sparqlHref", "/query?query=" + URLEncoder.encode(describe(iri), StandardCharsets.UTF_8));
        return c;
    }

    private String meeting(Map<String, Object> c) {
        c.put("dates", l.strings(r, PL.date));
        c.put("places", l.refs(r, PL.place));
        c.put("heldBy", l.refs(r, PL.heldBy));
        c.put("chairs", l.refs(r, PL.chair));
        c.put("conveners", l.refs(r, PL.convenedBy));
        Set<Resource> sources = new LinkedHashSet<>();
        for (RDFNode span : l.values(r, PL.span)) l.resource(span.asResource(), OA.hasSource).ifPresent(sources::add);
        Map<Resource, List<Resource>> byParticipant = new LinkedHashMap<>();
        for (Resource p : l.pointing(PL.meeting, r))
            l.resource(p, PL.participant).ifPresent(who -> byParticipant.computeIfAbsent(who, k -> new ArrayList<>()).add(p));
        List<Participant> participants = new ArrayList<>();
        byParticipant.forEach((who, ps) -> {
            Set<String> roles = new java.util.TreeSet<>();
            Set<Resource> from = new LinkedHashSet<>();
            for (Resource p : ps) {
                l.resource(p, PL.participationRole).ifPresent(role -> roles.add(l.label(role)));
                l.resource(p, PROV.wasDerivedFrom).ifPresent(from::add);
            }
            sources.addAll(from);
            participants.add(new Participant(l.ref(who), new ArrayList<>(roles), from.stream().map(l::ref).toList()));
        });
        participants.sort(Comparator.comparing(p -> p.who().label()));
        c.put("participants", participants);
        Map<Resource, List<Resource>> bySpeaker = new LinkedHashMap<>();
        for (Resource st : l.pointing(PL.madeAt, r))
            l.resource(st, PL.speaker).ifPresent(sp -> bySpeaker.computeIfAbsent(sp, k -> new ArrayList<>()).add(st));
        List<SpeakerGroup> groups = new ArrayList<>();
        bySpeaker.forEach((sp, sts) -> {
            sts.sort(Comparator.comparing(Resource::getURI));
            List<Said> said = new ArrayList<>();
            for (Resource st : sts) {
                said.add(said(st));
                l.resource(st, PROV.wasDerivedFrom).ifPresent(sources::add);
            }
            groups.add(new SpeakerGroup(l.ref(sp), said));
        });
        groups.sort(Comparator.comparing(g -> g.speaker().label()));
        c.put("speakers", groups);
        c.put("sources", sources.stream().map(l::ref).toList());
        return "meeting";
    }

    private Said said(Resource st) {
        Ref statement = new Ref(l.string(st, PL.text).orElse(l.label(st)), site.href(st.getURI()), st.getURI());
        boolean direct = l.values(st, PL.direct).stream().anyMatch(n -> n.isLiteral() && n.asLiteral().getBoolean());
        Optional<Resource> source = l.resource(st, PROV.wasDerivedFrom);
        return new Said(statement, direct, source.map(l::ref).orElse(null), sentenceHref(st));
    }

    /** The place of a fact's span in its source's page: {@code /page/source/ID#span-START-END}. */
    private String sentenceHref(Resource fact) {
        Optional<Resource> span = l.resource(fact, PL.span);
        Optional<Resource> source = span.flatMap(s -> l.resource(s, OA.hasSource)).or(() -> l.resource(fact, PROV.wasDerivedFrom));
        if (span.isEmpty() || source.isEmpty() || !source.get().isURIResource()) return null;
        int start = l.integer(span.get(), OA.start, -1), end = l.integer(span.get(), OA.end, -1);
        if (start < 0 || end < 0) return null;
        return site.href(source.get().getURI()) + "#span-" + start + "-" + end;
    }

    private String agent(Map<String, Object> c) {
        c.put("kind", r.hasProperty(RDF.type, PL.Person) ? "person" : "organization");
        List<RoleRow> roles = new ArrayList<>();
        for (Resource role : l.pointing(PL.holder, r))
            roles.add(roleRow(role));
        roles.sort(Comparator.comparing((RoleRow x) -> x.source() == null ? "" : x.source().label()).thenComparing(x -> x.title() == null ? "" : x.title()));
        c.put("roles", roles);
        List<RoleRow> members = new ArrayList<>();
        for (Resource role : l.pointing(PL.organization, r)) members.add(roleRow(role));
        members.sort(Comparator.comparing(x -> x.holder() == null ? "" : x.holder().label()));
        c.put("members", members);
        c.put("takings", takings());
        List<Said> said = new ArrayList<>();
        for (Resource st : l.pointing(PL.speaker, r)) said.add(said(st));
        said.sort(Comparator.comparing((Said s) -> s.source() == null ? "" : s.source().label()).thenComparing(s -> s.statement().iri()));
        c.put("statements", said);
        c.put("mentions", mentions());
        List<WikidataItemRef> wikidata = new ArrayList<>();
        List<Ref> same = new ArrayList<>();
        for (RDFNode n : l.values(r, OWL.sameAs)) {
            if (!n.isURIResource()) continue;
            if (n.asResource().getURI().startsWith(WIKIDATA_ENTITY)) wikidata.add(wikidataItem(n.asResource()));
            else same.add(l.ref(n));
        }
        for (Resource alias : l.pointing(OWL.sameAs, r)) same.add(aliasRef(alias));
        c.put("wikidata", wikidata);
        c.put("sameAs", same);
        c.put("wikidataSearch", "https://www.wikidata.org/w/index.php?search=" + URLEncoder.encode(l.label(r), StandardCharsets.UTF_8));
        return "agent";
    }

    /** The Wikidata items the resource is owl:sameAs. */
    private List<WikidataItemRef> wikidataItems() {
        List<WikidataItemRef> out = new ArrayList<>();
        for (RDFNode n : l.values(r, OWL.sameAs))
            if (n.isURIResource() && n.asResource().getURI().startsWith(WIKIDATA_ENTITY)) out.add(wikidataItem(n.asResource()));
        return out;
    }

    private WikidataItemRef wikidataItem(Resource item) {
        String qid = item.getURI().substring(WIKIDATA_ENTITY.length());
        String label = l.label(item);
        return new WikidataItemRef(label.equals(qid) ? null : label, qid, l.description(item).orElse(null), item.getURI());
    }

    /**
     * An alias IRI by the spelling it was minted from: the resolver makes alias ids as slugs of the entity's other
     * names, so the other name whose slug is the alias's last segment is its name.
     */
    private Ref aliasRef(Resource alias) {
        Ref ref = l.ref(alias);
        if (!alias.isURIResource()) return ref;
        String id = alias.getURI().substring(alias.getURI().lastIndexOf('/') + 1);
        for (String alt : l.strings(r, PL.altName))
            if (org.plenary.text.Slugs.slug(alt).equals(id)) return new Ref(alt, ref.href(), ref.iri());
        return ref;
    }

    private RoleRow roleRow(Resource role) {
        return new RoleRow(l.resource(role, PL.holder).map(l::ref).orElse(null), l.string(role, PL.title).orElse(null),
                l.resource(role, PL.organization).map(l::ref).orElse(null),
                l.resource(role, PROV.wasDerivedFrom).map(l::ref).orElse(null), sentenceHref(role),
                role.isURIResource() ? role.getURI() : null, l.string(role, PL.startDate).orElse(null), l.string(role, PL.endDate).orElse(null));
    }

    /**
     * The meetings the agent took part in (one participation per source and role) or held, chaired or convened,
     * each meeting once.
     */
    private List<Taking> takings() {
        Map<Resource, Set<String>> roles = new LinkedHashMap<>();
        Map<Resource, Set<Resource>> sources = new LinkedHashMap<>();
        for (Resource p : l.pointing(PL.participant, r)) {
            Optional<Resource> meeting = l.resource(p, PL.meeting);
            if (meeting.isEmpty()) continue;
            Set<String> rs = roles.computeIfAbsent(meeting.get(), k -> new java.util.TreeSet<>());
            l.resource(p, PL.participationRole).map(l::label).ifPresent(rs::add);
            Set<Resource> ss = sources.computeIfAbsent(meeting.get(), k -> new LinkedHashSet<>());
            l.resource(p, PROV.wasDerivedFrom).ifPresent(ss::add);
        }
        for (org.apache.jena.rdf.model.Property how : List.of(PL.heldBy, PL.chair, PL.convenedBy))
            for (Resource meeting : l.pointing(how, r)) {
                roles.computeIfAbsent(meeting, k -> new java.util.TreeSet<>()).add(l.inverseLabel(how));
                sources.computeIfAbsent(meeting, k -> new LinkedHashSet<>());
            }
        List<Taking> out = new ArrayList<>();
        roles.forEach((m, rs) -> out.add(new Taking(l.ref(m), new ArrayList<>(rs), sources.get(m).stream().map(l::ref).toList())));
        out.sort(Comparator.comparing(t -> t.meeting().label()));
        return out;
    }

    private List<MentionCount> mentions() {
        Map<Resource, List<Resource>> bySource = new LinkedHashMap<>();
        for (Resource m : l.pointing(PL.mentionOf, r))
            l.resource(m, PROV.wasDerivedFrom).ifPresent(s -> bySource.computeIfAbsent(s, k -> new ArrayList<>()).add(m));
        List<MentionCount> out = new ArrayList<>();
        bySource.forEach((s, ms) -> {
            ms.sort(Comparator.comparingInt(m -> l.resource(m, PL.span).map(sp -> l.integer(sp, OA.start, 0)).orElse(0)));
            out.add(new MentionCount(l.ref(s), ms.size(), sentenceHref(ms.get(0))));
        });
        return out;
    }

    private String source(Map<String, Object> c) {
        List<Field> fields = new ArrayList<>();
        field(fields, "Headline", PL.headline);
        field(fields, "Publisher", PL.publisher);
        field(fields, "Author", PL.author);
        field(fields, "Published", PL.published);
        field(fields, "URL", PL.url);
        field(fields, "Language", PL.language);
        field(fields, "License", DCTerms.license);
        field(fields, "File", PL.fileName);
        field(fields, "SHA-256", PL.sha256);
        c.put("fields", fields);
        String body = l.string(r, PL.articleBody).orElse("");
        List<ArticleText.Highlight> hs = new ArrayList<>();
        List<Said> said = new ArrayList<>();
        Map<String, Integer> entityCounts = new TreeMap<>();
        Map<String, Ref> entities = new HashMap<>();
        for (Resource fact : l.pointing(PROV.wasDerivedFrom, r)) {
            Optional<Resource> span = l.resource(fact, PL.span);
            if (span.isEmpty()) continue;
            int start = l.integer(span.get(), OA.start, -1), end = l.integer(span.get(), OA.end, -1);
            if (fact.hasProperty(RDF.type, PL.Statement)) {
                Said s = said(fact);
                said.add(s);
                String who = l.resource(fact, PL.speaker).map(l::label).orElse("?");
                hs.add(new ArticleText.Highlight(start, end, site.href(fact.getURI()), "statement", "Statement by " + who));
            } else if (fact.hasProperty(RDF.type, PL.Mention)) {
                Optional<Resource> of = l.resource(fact, PL.mentionOf);
                if (of.isEmpty() || !of.get().isURIResource()) continue;
                Ref ref = l.ref(of.get());
                hs.add(new ArticleText.Highlight(start, end, ref.href(), "mention", ref.label()));
                entities.put(ref.iri(), ref);
                entityCounts.merge(ref.iri(), 1, Integer::sum);
            } else if (fact.isURIResource()) {
                // a role, participation or resolution: its sentence gets an anchor too, so that a dispute or a role row
                // can link to it ("traced" sorts after "mention" and "statement": at equal length those stay inner)
                hs.add(new ArticleText.Highlight(start, end, site.href(fact.getURI()), "traced", l.label(fact)));
            }
        }
        said.sort(Comparator.comparingInt(s -> spanStart(s.sentenceHref())));
        c.put("statements", said);
        c.put("segments", ArticleText.segments(body, hs));
        List<MentionCount> mentioned = new ArrayList<>();
        entityCounts.forEach((e, n) -> mentioned.add(new MentionCount(entities.get(e), n, null)));
        mentioned.sort(Comparator.comparing(m -> m.source().label()));
        c.put("entities", mentioned);
        return "source";
    }

    private static int spanStart(String href) {
        if (href == null) return Integer.MAX_VALUE;
        String[] parts = href.substring(href.indexOf("#span-") + 6).split("-");
        return Integer.parseInt(parts[0]);
    }

    private void field(List<Field> fields, String name, org.apache.jena.rdf.model.Property p) {
        for (RDFNode n : l.values(r, p)) {
            if (p.equals(PL.articleBody)) continue;
            fields.add(new Field(name, l.ref(n)));
        }
    }

    private String statement(Map<String, Object> c, Dataset ds) {
        Said s = said(r);
        c.put("said", s);
        c.put("text", l.string(r, PL.text).orElse(""));
        c.put("speaker", l.resource(r, PL.speaker).map(l::ref).orElse(null));
        c.put("meeting", l.resource(r, PL.madeAt).map(l::ref).orElse(null));
        l.resource(r, PL.span).ifPresent(span -> {
            c.put("prefix", l.string(span, OA.prefix).orElse(""));
            c.put("exact", l.string(span, OA.exact).orElse(""));
            c.put("suffix", l.string(span, OA.suffix).orElse(""));
            c.put("start", l.integer(span, OA.start, -1));
            c.put("end", l.integer(span, OA.end, -1));
        });
        List<Said> others = new ArrayList<>();
        for (Descriptions.OtherStatement o : Descriptions.sameSpeakerElsewhere(ds, iri))
            others.add(new Said(new Ref(o.text(), site.href(o.iri()), o.iri()), false,
                    new Ref(o.sourceTitle() != null ? o.sourceTitle() : l.label(l.model().createResource(o.source())), site.href(o.source()), o.source()), null));
        c.put("others", others);
        return "statement";
    }

    private String place(Map<String, Object> c) {
        List<Ref> meetings = new ArrayList<>();
        for (Resource m : l.pointing(PL.place, r)) meetings.add(l.ref(m));
        c.put("meetings", meetings);
        List<RoleRow> roles = new ArrayList<>();
        for (Resource role : l.pointing(PL.organization, r)) roles.add(roleRow(role));
        c.put("members", roles);
        c.put("mentions", mentions());
        c.put("wikidata", wikidataItems());
        return "place";
    }

    /** Every triple of the resource, outgoing then incoming, with labels (the generic table). */
    private List<Row> rows() {
        List<Row> out = new ArrayList<>();
        for (Statement s : r.listProperties().toList()) {
            if (s.getPredicate().equals(PL.articleBody)) {
                String body = s.getString();
                out.add(new Row(l.ref(s.getPredicate()), Ref.text(body.codePointCount(0, body.length()) + " characters (shown above)"), false, null));
                continue;
            }
            out.add(new Row(l.ref(s.getPredicate()), l.ref(s.getObject()), false, null));
        }
        out.sort(Comparator.comparing((Row x) -> x.property().label()).thenComparing(x -> x.value().label()));
        List<Row> in = new ArrayList<>();
        for (Statement s : l.model().listStatements(null, null, r).toList())
            in.add(new Row(l.ref(s.getPredicate()), l.ref(s.getSubject()), true, l.inverseLabel(s.getPredicate())));
        in.sort(Comparator.comparing((Row x) -> x.property().label()).thenComparing(x -> x.value().label()));
        out.addAll(in);
        return out;
    }

    /** The editor's starting query for a resource, built with Jena's parameterized query, not concatenation. */
    private static String describe(String iri) {
        org.apache.jena.query.ParameterizedSparqlString q = new org.apache.jena.query.ParameterizedSparqlString("DESCRIBE ?resource");
        q.setIri("resource", iri);
        return q.toString();
    }
}
