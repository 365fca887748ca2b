package org.plenary.publish.site;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.plenary.graph.PL;
import org.plenary.graph.Prefixes;

/** {@code /}: what the dataset is, its counts, its meetings, and the ways in. */
final class HomePage {
    private static final String MEETINGS = Prefixes.sparql("pl") + """
            SELECT ?m (SAMPLE(?n) AS ?name) (GROUP_CONCAT(DISTINCT STR(?d); SEPARATOR=" / ") AS ?dates)
                   (GROUP_CONCAT(DISTINCT ?pn; SEPARATOR=", ") AS ?places) WHERE {
              ?m a pl:Meeting .
              OPTIONAL { ?m pl:name ?n }
              OPTIONAL { ?m pl:date ?d }
              OPTIONAL { ?m pl:place/pl:name ?pn }
            } GROUP BY ?m ORDER BY ?dates ?m
            """;
    /** The members of one class ({@code ?class}, bound per link), for the links behind the counts. */
    private static final String MEMBERS = Prefixes.sparql("pl") + """
            SELECT ?x ?name WHERE { ?x a ?class OPTIONAL { ?x pl:name ?name } } ORDER BY ?name""";

    /** A meeting in the list. */
    public record MeetingItem(Ref meeting, String dates, String places) {}
    public record Count(String label, long count, String query) {}

    private final Site site;

    HomePage(Site site) { this.site = site; }

    void render(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.cors(resp);
        resp.setHeader("Vary", "Accept");
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            // A client stating no preference (a script, not a browser) gets the short plain-text summary.
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().printf("%s%n%nSPARQL endpoint: %s (read-only)%nDumps: /dumps/%nDataset description: /.well-known/void%nBase IRI: %s%n",
                    Site.NAME, site.sparqlPath(), site.iris().base());
            return;
        }
        Generation gen = site.generation();
        if (Responses.notModified(req, resp, Responses.etag(gen, "home"), gen.lastModified())) return;
        Map<String, Long> counts = site.datasetDescriptions().counts(site);
        List<Count> shown = new ArrayList<>();
        Map<String, String> classes = new LinkedHashMap<>();
        classes.put("meetings", PL.Meeting.getURI());
        classes.put("people", PL.Person.getURI());
        classes.put("organizations", PL.Organization.getURI());
        classes.put("places", PL.Place.getURI());
        classes.put("statements", PL.Statement.getURI());
        classes.put("sources", PL.Source.getURI());
        classes.forEach((label, cls) -> shown.add(new Count(label, counts.getOrDefault(cls, 0L),
                "/query?query=" + URLEncoder.encode(members(cls), StandardCharsets.UTF_8))));
        Map<String, Object> c = new HashMap<>();
        c.put("title", "Home");
        c.put("counts", shown);
        List<MeetingItem> meetings = meetings(site.dataset());
        c.put("meetings", meetings);
        // the timeline picture (issue 18, item 4): the same meetings on a time axis
        c.put("timeline", MeetingTimeline.of(meetings.stream().map(m -> new MeetingTimeline.Meeting(m.meeting(),
                m.dates().isEmpty() ? List.of() : List.of(m.dates().split(" / ")), m.places())).toList()));
        c.put("base", site.iris().base());
        // disputes (issue 18): the total and each kind's count, linked to /disputes filtered by it
        List<Disputes.Dispute> disputes = site.disputes(gen);
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (String k : Disputes.KINDS) {
            long n = disputes.stream().filter(d -> d.kind().equals(k)).count();
            if (n > 0) byKind.put(k, n);
        }
        c.put("disputeCount", disputes.size());
        c.put("disputeKinds", byKind.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue(),
                "/disputes?kind=" + URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))).toList());
        site.templates.write(resp, "home", c);
    }

    private static String members(String cls) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(MEMBERS);
        q.setIri("class", cls);
        return q.toString();
    }

    private static String text(QuerySolution s, String var) {
        return s.contains(var) && s.get(var).isLiteral() ? s.getLiteral(var).getString() : "";
    }

    private List<MeetingItem> meetings(Dataset ds) {
        List<MeetingItem> out = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(MEETINGS).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    if (!s.get("m").isURIResource()) return;
                    String iri = s.getResource("m").getURI();
                    String name = s.contains("name") ? s.getLiteral("name").getString() : iri.substring(iri.lastIndexOf('/') + 1);
                    // A group with no date (or place) leaves GROUP_CONCAT unbound in ARQ (STR of nothing is an error).
                    out.add(new MeetingItem(new Ref(name, site.href(iri), iri), text(s, "dates"), text(s, "places")));
                });
            }
        });
        return out;
    }
}
