package org.plenary.publish.site;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /disputes}: every dispute, by meeting and by kind, filtered by {@code ?kind=} and {@code ?meeting=} (a
 * meeting's IRI) in a plain form (no JavaScript), as CSV with {@code ?format=csv}, with a link to the same data in
 * the SPARQL editor ({@code queries/conflicts.rq}).
 */
final class DisputesServlet extends HttpServlet {
    private final transient Site site;
    private final transient String sparql;

    DisputesServlet(Site site) {
        this.site = site;
        this.sparql = QueryLibrary.load().stream().filter(q -> q.name().equals("conflicts")).map(QueryLibrary.NamedQuery::text)
                .findFirst().orElse("");
    }

    /** One group of the page: a meeting (or none) and its disputes. */
    public record Group(Ref meeting, List<Disputes.Dispute> disputes) {}
    public record KindCount(String kind, long count, boolean selected) {}

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.cors(resp);
        String kind = req.getParameter("kind"), meeting = req.getParameter("meeting"), format = req.getParameter("format");
        if (kind != null && !kind.isEmpty() && !Disputes.KINDS.contains(kind)) {
            bad(resp, "Unknown kind=" + kind + "; one of: " + String.join(", ", Disputes.KINDS));
            return;
        }
        if (format != null && !format.isEmpty() && !format.equals("csv") && !format.equals("html")) {
            bad(resp, "Unknown format=" + format + "; csv or html");
            return;
        }
        Generation gen = site.generation();
        List<Disputes.Dispute> all = site.disputes(gen);
        List<Disputes.Dispute> shown = new ArrayList<>();
        for (Disputes.Dispute d : all)
            if ((kind == null || kind.isEmpty() || d.kind().equals(kind))
                    && (meeting == null || meeting.isEmpty() || d.meetings().stream().anyMatch(m -> meeting.equals(m.iri()))))
                shown.add(d);
        if ("csv".equals(format)) {
            csv(resp, shown);
            return;
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, Ref> meetings = new LinkedHashMap<>();
        for (Disputes.Dispute d : all) d.meetings().forEach(m -> meetings.putIfAbsent(m.iri(), m));
        for (Disputes.Dispute d : shown) {
            List<Ref> ms = d.meetings().isEmpty() ? List.of(Ref.text("No meeting")) : d.meetings();
            for (Ref m : ms) groups.computeIfAbsent(m.iri() == null ? "" : m.iri(), k -> new Group(m, new ArrayList<>())).disputes().add(d);
        }
        List<KindCount> kinds = new ArrayList<>();
        for (String k : Disputes.KINDS) {
            long n = all.stream().filter(d -> d.kind().equals(k)).count();
            if (n > 0 || k.equals(kind)) kinds.add(new KindCount(k, n, k.equals(kind)));
        }
        Map<String, Object> c = new HashMap<>();
        c.put("title", "Disputes");
        c.put("groups", new ArrayList<>(groups.values()));
        c.put("count", shown.size());
        c.put("total", all.size());
        c.put("kinds", kinds);
        c.put("kind", kind == null ? "" : kind);
        c.put("meetings", new ArrayList<>(meetings.values()));
        c.put("meeting", meeting == null ? "" : meeting);
        StringBuilder q = new StringBuilder("format=csv");
        if (kind != null && !kind.isEmpty()) q.append("&kind=").append(URLEncoder.encode(kind, StandardCharsets.UTF_8));
        if (meeting != null && !meeting.isEmpty()) q.append("&meeting=").append(URLEncoder.encode(meeting, StandardCharsets.UTF_8));
        c.put("csvHref", "/disputes?" + q);
        c.put("sparqlHref", "/query?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
        site.templates.write(resp, "disputes", c);
    }

    private static void bad(HttpServletResponse resp, String message) throws IOException {
        resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println(message);
    }

    /** One row per value and source, as conflicts.rq gives them, with the kind, meetings and sentence added. */
    private static void csv(HttpServletResponse resp, List<Disputes.Dispute> disputes) throws IOException {
        resp.setContentType("text/csv; charset=utf-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"disputes.csv\"");
        PrintWriter w = resp.getWriter();
        w.print("conflict,kind,subject,subjectName,property,value,valueIri,source,sourceName,reference,sentence,meetings\r\n");
        for (Disputes.Dispute d : disputes)
            for (Disputes.Value v : d.values())
                for (Disputes.Witness x : v.witnesses())
                    w.print(String.join(",", cell(d.iri()), cell(d.kind()), cell(d.subject().iri()), cell(d.subject().label()),
                            cell(d.property()), cell(v.label()), cell(v.entity() == null ? "" : v.entity().iri()), cell(x.source().iri()),
                            cell(x.source().label()), cell(x.reference() ? "reference" : ""), cell(x.sentenceHref() == null ? "" : x.sentenceHref()),
                            cell(String.join(" ", d.meetings().stream().map(Ref::iri).toList()))) + "\r\n");
    }

    /** A CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a leading =+-@ neutralised for spreadsheets. */
    static String cell(String s) {
        if (s == null) return "";
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d.*")) s = "'" + s;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) return "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }
}
