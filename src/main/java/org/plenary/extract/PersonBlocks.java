package org.plenary.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plenary.ingest.Article;
import org.plenary.ingest.Segment;
import org.plenary.ingest.SegmentKind;

/**
 * Lines the layout took for headings that introduce a person by name and title: a signature or contact block (a line
 * with a name alone, the title on the line below, the office on the next: "Maeva Proteau / Director of Communications
 * / Office of the Minister"), a minister's heading above a release ("Hon A B / Minister of X"), and a byline heading
 * that is a title and a name set off by a comma ("First Minister, A B MS"). They are read as prose, so that the
 * person and the title are found (RoleFinder reads a title on the line under a name).
 */
final class PersonBlocks {
    private static final int MAX_TITLE_WORDS = 12;

    private final Lexicon lexicon;

    PersonBlocks(Lexicon lexicon) { this.lexicon = lexicon; }

    List<TextRef> lines(Article article) {
        List<Segment> segs = article.segments();
        List<TextRef> out = new ArrayList<>();
        for (int i = 0; i < segs.size(); i++) {
            Segment seg = segs.get(i);
            if (seg.kind() != SegmentKind.HEADING) continue;
            String line = lineOf(article, seg);
            // "First Minister, Mark Drakeford MS": a title and a name on one line
            int comma = line.indexOf(',');
            if (comma > 0 && line.indexOf(',', comma + 1) < 0) {
                String a = line.substring(0, comma), b = line.substring(comma + 1);
                if (isName(a) && isTitle(b) || isTitle(a) && isName(b)) out.add(new TextRef(seg.start(), seg.end()));
                continue;
            }
            // a name alone, its title on the next line, perhaps the office on the one after
            if (!isName(line) || i + 1 >= segs.size() || segs.get(i + 1).kind() != SegmentKind.HEADING) continue;
            if (!isTitle(lineOf(article, segs.get(i + 1)))) continue;
            out.add(new TextRef(seg.start(), seg.end()));
            out.add(new TextRef(segs.get(i + 1).start(), segs.get(i + 1).end()));
            if (i + 2 < segs.size() && segs.get(i + 2).kind() == SegmentKind.HEADING) {
                String next = lineOf(article, segs.get(i + 2));
                if (!isName(next) && next.indexOf(':') < 0 && words(next).length <= MAX_TITLE_WORDS)
                    out.add(new TextRef(segs.get(i + 2).start(), segs.get(i + 2).end()));
            }
            i++;
        }
        return out;
    }

    private static String lineOf(Article article, Segment seg) { return article.text().substring(seg.start(), seg.end()).strip(); }

    private static String[] words(String s) { return s.strip().isEmpty() ? new String[0] : s.strip().split("\\s+"); }

    /** Two to four capitalized words, forms of address and post-nominal letters aside, none a title or an office's word. */
    boolean isName(String line) {
        List<String> w = new ArrayList<>(List.of(words(line)));
        while (!w.isEmpty() && (lexicon.honorifics.contains(w.get(0)) || w.get(0).equals("The") || w.get(0).equals("the")
                || w.get(0).equals("Honourable") || w.get(0).equals("Honorable"))) w.remove(0);
        while (!w.isEmpty() && lexicon.postNominals.contains(w.get(w.size() - 1))) w.remove(w.size() - 1);
        if (w.size() < 2 || w.size() > 4) return false;
        for (String x : w) {
            if (!x.matches("\\p{Lu}[\\p{L}.'’-]*")) return false;
            String lower = x.toLowerCase(Locale.ROOT);
            if (lexicon.roleNouns.contains(lower) || lexicon.organizationHeads.contains(x) || lexicon.organizationHeads.contains(lower)) return false;
        }
        return true;
    }

    /** A short line holding a title word ("Director of Communications", "Minister Of Foreign Affairs"), not a sentence or a label. */
    boolean isTitle(String line) {
        String[] w = words(line);
        if (w.length == 0 || w.length > MAX_TITLE_WORDS || line.indexOf(':') >= 0 || line.strip().endsWith(".")) return false;
        if (!Character.isUpperCase(w[0].charAt(0))) return false;
        for (String x : w) {
            String lower = x.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
            if (lexicon.roleNouns.contains(lower) || lower.endsWith("s") && lexicon.roleNouns.contains(lower.substring(0, lower.length() - 1)))
                return true;
        }
        return false;
    }
}
