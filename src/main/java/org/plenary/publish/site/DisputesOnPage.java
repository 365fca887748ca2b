package org.plenary.publish.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a resource page shows of the disputes and corroborations (issue 18): the disputes it is concerned by
 * ({@code disputes}), the disputed property of the resource itself by local name ({@code disputedProperty}: a meeting's
 * "convenedBy" next to its conveners), the dispute of each claim node ({@code disputedClaim}: a role row of a person),
 * and the other sources' reports of each statement ({@code corroborated}).
 */
final class DisputesOnPage {
    private DisputesOnPage() {}

    static void add(String template, String iri, List<Disputes.Dispute> all, Map<String, List<Disputes.Corroborating>> corroborated,
                    Map<String, Object> c) {
        List<Disputes.Dispute> here = new ArrayList<>();
        for (Disputes.Dispute d : all) {
            boolean shown = switch (template) {
                case "source" -> d.sourceIris().contains(iri);
                case "statement" -> false;
                default -> d.concerns(iri);
            };
            if (shown) here.add(d);
        }
        if (template.equals("statement")) {
            // a statement's page: the disputes about its speaker or meeting that its own source takes part in
            Object speaker = c.get("speaker"), meeting = c.get("meeting");
            Object said = c.get("said");
            String source = said instanceof Pages.Said s && s.source() != null ? s.source().iri() : null;
            for (Disputes.Dispute d : all)
                if ((speaker instanceof Ref r && d.subject().iri().equals(r.iri()) || meeting instanceof Ref m && d.concerns(m.iri()))
                        && (source == null || d.sourceIris().contains(source)))
                    here.add(d);
        }
        Map<String, Disputes.Dispute> byProperty = new HashMap<>(), byClaim = new HashMap<>();
        for (Disputes.Dispute d : here) {
            if (d.subject().iri().equals(iri)) byProperty.putIfAbsent(d.propertyName(), d);
            for (String claim : d.claimIris()) byClaim.putIfAbsent(claim, d);
        }
        c.put("disputes", here);
        c.put("disputedProperty", byProperty);
        c.put("disputedClaim", byClaim);
        c.put("corroborated", corroborated);
        if (template.equals("source")) c.put("sharedClaims", shared(iri, c, corroborated));
    }

    /** A source's statements that other sources report too, each with those reports. */
    public record Shared(Pages.Said statement, List<Disputes.Corroborating> elsewhere) {}

    private static List<Shared> shared(String source, Map<String, Object> c, Map<String, List<Disputes.Corroborating>> corroborated) {
        List<Shared> out = new ArrayList<>();
        if (c.get("statements") instanceof List<?> said)
            for (Object o : said)
                if (o instanceof Pages.Said s && corroborated.containsKey(s.statement().iri()))
                    out.add(new Shared(s, corroborated.get(s.statement().iri()).stream()
                            .filter(x -> x.source() == null || !source.equals(x.source().iri())).toList()));
        return out;
    }
}
