package org.plenary.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.plenary.ingest.DataFiles;
import org.plenary.text.Folding;

/**
 * A person's name split for comparison: folded words (a word keeps its inner hyphens: "eun-ju"; a family name
 * keeps its particles: "de la cruz") and the titles that stood before it. Reading a name is extraction's job (the
 * speaker rules compare labels with names); resolve's NameMatcher compares the words of two names.
 */
public record PersonName(List<String> words, List<String> titles) {
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    /** Honorifics and office titles written before a name ("Dr.", "Ambassador"): not part of the name. */
    public static final Set<String> TITLES = Set.copyOf(DataFiles.lines(PersonName.class, "honorific-titles.txt"));
    /** Particles that belong to the family name after them ("de la Cruz"). */
    public static final Set<String> PARTICLES = Set.copyOf(DataFiles.lines(PersonName.class, "name-particles.txt"));

    public PersonName {
        words = List.copyOf(words);
        titles = List.copyOf(titles);
    }

    /** The name read with the shipped titles and particles. */
    public static PersonName parse(String raw) { return parse(raw, TITLES, PARTICLES); }

    /**
     * A normalised comparison key: diacritics and case folded, dotted acronyms joined ("U.N." -> "un"), hyphens,
     * periods and spaces one space, leading honorifics and office titles stripped ("Dr.", "Ambassador", ...).
     */
    public static String key(String name) {
        PersonName p = parse(name);
        return p.isEmpty() ? Folding.name(name).replace('-', ' ') : p.key();
    }

    static PersonName parse(String raw, Set<String> titleList, Set<String> particles) {
        String s = raw.strip();
        int comma = s.indexOf(',');
        if (comma > 0 && comma == s.lastIndexOf(',')) {
            String after = Folding.name(s.substring(comma + 1));
            // "Smith, John" is "John Smith"; "John Smith, Jr." keeps its order
            if (!after.isEmpty() && !SUFFIXES.contains(after)) s = s.substring(comma + 1) + " " + s.substring(0, comma);
        }
        List<String> tokens = new ArrayList<>(List.of(Folding.name(s).split(" ")));
        tokens.removeIf(String::isEmpty);
        List<String> titles = new ArrayList<>();
        boolean stripped = true;
        while (stripped && tokens.size() > 1) {
            stripped = false;
            for (int k = tokens.size() - 1; k >= 1; k--) {
                String prefix = String.join(" ", tokens.subList(0, k)).replace('-', ' ');
                if (titleList.contains(prefix)) {
                    titles.add(prefix);
                    tokens.subList(0, k).clear();
                    stripped = true;
                    break;
                }
            }
        }
        // an office before the name, led by its body: "UN General Assembly President Ana Ortiz" -> "Ana Ortiz"
        for (int k = tokens.size() - 3; k >= 1; k--) {
            int end = titleEndingAt(tokens, k, titleList);
            if (end > 0) {
                titles.add(String.join(" ", tokens.subList(0, end)).replace('-', ' '));
                tokens.subList(0, end).clear();
                break;
            }
        }
        while (tokens.size() > 2 && SUFFIXES.contains(tokens.get(tokens.size() - 1))) tokens.remove(tokens.size() - 1);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (i > 0 && particles.contains(t) && i < tokens.size() - 1) {
                StringBuilder w = new StringBuilder(t);
                while (i + 1 < tokens.size() - 1 && particles.contains(tokens.get(i + 1))) w.append(' ').append(tokens.get(++i));
                w.append(' ').append(tokens.get(++i));
                words.add(w.toString());
            } else {
                words.add(t);
            }
        }
        return new PersonName(words, titles);
    }

    /** The end (exclusive) of a title of one to three words ending at token k, or 0. */
    private static int titleEndingAt(List<String> tokens, int k, Set<String> titleList) {
        for (int from = Math.max(0, k - 2); from <= k; from++) {
            if (titleList.contains(String.join(" ", tokens.subList(from, k + 1)).replace('-', ' '))) return k + 1;
        }
        return 0;
    }

    /** The comparison key: words separated by single spaces, hyphens as spaces. */
    public String key() { return String.join(" ", words).replace('-', ' '); }

    public boolean isEmpty() { return words.isEmpty(); }
}
