package org.plenary.publish.site;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;

/**
 * Adds a page's picture to its view (issue 18, item 4): a meeting's participants by how they took part, the people a
 * person met. The home page's timeline is added by {@link HomePage}.
 */
final class PicturesOnPage {
    private PicturesOnPage() {}

    static void add(Site site, Dataset ds, String template, String iri, Map<String, Object> view) {
        if (template.equals("meeting")) {
            @SuppressWarnings("unchecked")
            List<String> dates = (List<String>) view.getOrDefault("dates", List.of());
            String date = dates.stream().sorted().findFirst().orElse(null);
            view.put("participationPicture", ParticipationPicture.of(site, ds, iri, date));
        } else if (template.equals("agent") && "person".equals(view.get("kind"))) {
            view.put("peopleMetPicture", PeopleMetPicture.of(site, ds, iri, String.valueOf(view.get("title"))));
        }
    }
}
