package org.plenary.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The hand-written gold of the evaluation corpus is checked against its articles, as the scorer relies on it:
 * every span (spelling, role title and organization, meeting place and body, statement text) is an exact
 * substring of the article, each statement text occurs once (so its offsets are unambiguous), speakers and chairs
 * are listed persons or organizations, participation uses the scorer's kinds, dates are ISO days or months.
 */
class EvaluationCorpusGoldTest {
    private static final Set<String> PARTICIPATION = Set.of("chair", "convener", "speaker", "testifier", "delegation head", "attendee");

    @Test
    void everyGoldSpanIsAnExactSubstringOfItsArticle() throws Exception {
        Path articles = Path.of("data/eval/articles");
        List<String> problems = new ArrayList<>();
        List<GoldArticle> golds = GoldReader.readDirectory(Path.of("data/eval/gold"));
        for (GoldArticle g : golds) {
            Path file = articles.resolve(g.article());
            if (!Files.isRegularFile(file)) {
                problems.add(g.id() + ": no article " + file);
                continue;
            }
            String text = Files.readString(file);
            Set<String> names = new HashSet<>();
            for (GoldArticle.Person p : g.persons()) {
                names.add(p.name());
                for (String s : p.spellings()) in(text, s, g.id() + " spelling", problems);
                for (GoldArticle.Role r : p.roles()) {
                    in(text, r.title(), g.id() + " role title of " + p.name(), problems);
                    r.organization().ifPresent(o -> in(text, o, g.id() + " role organization of " + p.name(), problems));
                }
                p.participation().filter(k -> !PARTICIPATION.contains(k))
                        .ifPresent(k -> problems.add(g.id() + ": participation \"" + k + "\" of " + p.name()));
            }
            for (GoldArticle.Organization o : g.organizations()) {
                names.add(o.name());
                for (String s : o.spellings()) in(text, s, g.id() + " organization spelling", problems);
            }
            for (GoldArticle.Meeting m : g.meetings()) {
                m.place().ifPresent(s -> in(text, s, g.id() + " meeting place", problems));
                m.body().ifPresent(s -> in(text, s, g.id() + " meeting body", problems));
                m.chair().filter(c -> !names.contains(c)).ifPresent(c -> problems.add(g.id() + ": chair " + c + " is not a listed name"));
                m.date().filter(d -> !d.matches("\\d{4}-\\d{2}(-\\d{2})?")).ifPresent(d -> problems.add(g.id() + ": date " + d));
            }
            for (GoldArticle.Statement s : g.statements()) {
                int first = text.indexOf(s.text());
                if (first < 0) problems.add(g.id() + ": statement not in the article: " + s.text());
                else if (text.indexOf(s.text(), first + 1) >= 0) problems.add(g.id() + ": statement occurs twice: " + s.text());
                if (!names.contains(s.speaker())) problems.add(g.id() + ": speaker " + s.speaker() + " is not a listed name");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(golds.size(), Files.list(articles).filter(p -> p.toString().endsWith(".txt")).count(), "articles and gold files pair one to one");
    }

    private static void in(String text, String span, String what, List<String> problems) {
        if (!text.contains(span)) problems.add(what + " not in the article: " + span);
    }

}
