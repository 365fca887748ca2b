package org.plenary.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.plenary.extract.Lexicon;
import org.plenary.extract.PersonName;

/**
 * Judges whether two names denote the same person or organization, from evidence a reviewer can check rather
 * than from string distance: romanization variants of Korean syllables, family name first or last, given-name
 * syllables joined or hyphenated, diacritics, titles, initials, middle names, acronyms and abbreviation tokens.
 *
 * <p>Scores (multiplied when several differences combine): 1.0 for the same {@link #key}; 0.98 for given-name
 * syllables joined vs hyphenated; 0.95 for romanization variants of a family or given name, for family name first
 * vs last and for abbreviation tokens ("U.N." / "United Nations"); 0.92 for an acronym of the other name; 0.88 for
 * a middle name (or second family name) in one only, or a leading "UN"/"US" qualifier in one only; 0.75 for an
 * initial against a full given name; 0.55 for a bare surname against a full name (only safe within one article);
 * 0.2 for the same family name with different given names; 0 when the family names differ.
 *
 * <p>The data (Korean syllable spellings, organization tokens) lives in resource files beside this class, each
 * with its sources; a person's name is read into titles and words by extract's {@link PersonName}.
 */
public final class NameMatcher {
    /**
     * Names scoring at least this are taken to denote the same entity across articles. It admits any one
     * (or two combined) of the variant kinds above and a middle name in one only, and refuses initials, bare
     * surnames and different given names.
     */
    public static final double MERGE_THRESHOLD = 0.85;

    static final double JOINED = 0.98;
    static final double ROMANIZATION = 0.95;
    static final double ORDER = 0.95;
    static final double TOKENS = 0.95;
    static final double ACRONYM = 0.92;
    static final double MIDDLE_NAME = 0.88;
    static final double QUALIFIER = 0.88;
    static final double INITIAL = 0.75;
    static final double SHORT_FORM = 0.97;
    static final double BARE_SURNAME = 0.55;
    static final double OTHER_GIVEN_NAME = 0.2;

    private static volatile NameMatcher standard;

    private final KoreanSyllables korean;
    private final OrganizationTokens orgTokens;
    private final Map<String, Set<String>> shortForms;

    private NameMatcher(KoreanSyllables korean, OrganizationTokens orgTokens, Map<String, Set<String>> shortForms) {
        this.shortForms = shortForms;
        this.korean = korean;
        this.orgTokens = orgTokens;
    }

    /** The matcher with the shipped data tables, loaded once. */
    public static NameMatcher standard() {
        NameMatcher m = standard;
        if (m == null) {
            synchronized (NameMatcher.class) {
                if (standard == null)
                    standard = new NameMatcher(KoreanSyllables.load(), OrganizationTokens.load(),
                            Lexicon.standard().givenNameForms);
                m = standard;
            }
        }
        return m;
    }

    /**
     * A normalised comparison key: diacritics and case folded, dotted acronyms joined ("U.N." -> "un"), hyphens,
     * periods and spaces one space, leading honorifics and office titles stripped ("Dr.", "Ambassador", ...).
     */
    public String key(String name) {
        return PersonName.key(name);
    }

    /**
     * Other ways the name is written: without titles, folded, family name moved to the other end, given-name
     * syllables joined or hyphenated, and for a name that reads as an organization its acronym.
     */
    public List<String> variants(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name.strip());
        PersonName p = person(name);
        if (p.isEmpty()) return List.copyOf(out);
        List<String> w = p.words();
        out.add(String.join(" ", w));
        out.add(p.key());
        if (w.size() >= 2 && w.size() <= 3) {
            List<String> familyLast = new ArrayList<>(w.subList(1, w.size()));
            familyLast.add(w.get(0));
            out.add(String.join(" ", familyLast));
            List<String> familyFirst = new ArrayList<>();
            familyFirst.add(w.get(w.size() - 1));
            familyFirst.addAll(w.subList(0, w.size() - 1));
            out.add(String.join(" ", familyFirst));
        }
        boolean koreanName = korean.isFamilyName(w.get(0)) || korean.isFamilyName(w.get(w.size() - 1));
        for (String word : w) {
            if (word.contains("-")) out.add(String.join(" ", w).replace(word, word.replace("-", "")));
            else if (koreanName && w.size() == 2) {
                // a joined Korean given name written with its syllables hyphenated ("minjun" -> "min-jun")
                for (List<String> split : korean.splits(word))
                    if (split.size() == 2) out.add(String.join(" ", w).replace(word, String.join("-", split)));
            }
        }
        OrganizationName org = OrganizationName.parse(name, orgTokens);
        boolean reads = org.tokens().size() >= 4 || org.tokens().stream().anyMatch(t -> t.kind() != OrganizationTokens.Kind.WORD);
        if (reads && !org.acronym()) out.addAll(org.acronyms());
        return List.copyOf(out);
    }

    private static PersonName person(String name) {
        return PersonName.parse(name);
    }

    // ---- persons

    /** How likely two person names denote the same person. */
    public NameMatch comparePersons(String a, String b) {
        PersonName x = person(a), y = person(b);
        if (x.isEmpty() || y.isEmpty()) return NameMatch.NONE;
        if (x.key().equals(y.key())) {
            List<String> ev = new ArrayList<>();
            ev.add("same name after folding case, diacritics, punctuation and titles: '" + x.key() + "'");
            if (!x.titles().equals(y.titles())) ev.add("titles differ: " + x.titles() + " vs " + y.titles());
            return new NameMatch(1.0, ev);
        }
        Candidate best = null;
        Structure bestS = null;
        for (Structure s : structures(x)) {
            for (Structure t : structures(y)) {
                Candidate c = compare(s, t);
                if (c != null && better(c, s, best, bestS)) {
                    best = c;
                    bestS = s;
                }
            }
        }
        if (best == null) return new NameMatch(0.0, List.of("no family name in common: '" + x.key() + "' vs '" + y.key() + "'"));
        return new NameMatch(round(best.score), best.evidence);
    }

    /** One reading of a name: its family name and given names, and whether the family name was written first. */
    private record Structure(String family, List<String> given, boolean familyFirst) {}

    private record Candidate(double score, List<String> evidence) {}

    /** Equal scores: prefer the reading whose family name is a known family name (evidence then names it right). */
    private boolean better(Candidate c, Structure s, Candidate best, Structure bestS) {
        if (best == null) return true;
        if (c.score != best.score) return c.score > best.score;
        return korean.isFamilyName(flat(s.family)) && !korean.isFamilyName(flat(bestS.family));
    }

    private static List<Structure> structures(PersonName p) {
        List<String> w = p.words();
        if (w.size() == 1) return List.of(new Structure(w.get(0), List.of(), false));
        return List.of(new Structure(w.get(w.size() - 1), w.subList(0, w.size() - 1), false),
                new Structure(w.get(0), w.subList(1, w.size()), true));
    }

    private Candidate compare(Structure a, Structure b) {
        List<String> ev = new ArrayList<>();
        double score = 1.0;
        boolean koreanFamily = korean.isFamilyName(flat(a.family)) && korean.isFamilyName(flat(b.family));
        if (!a.family.equals(b.family)) {
            if (flat(a.family).equals(flat(b.family))) {
                score *= JOINED;
                ev.add("family name written '" + a.family + "' vs '" + b.family + "'");
            } else if (koreanFamily && korean.same(flat(a.family), flat(b.family))) {
                score *= ROMANIZATION;
                ev.add("family names '" + a.family + "' and '" + b.family + "' romanize the same Korean syllable");
            } else {
                return null;
            }
        }
        if (a.given.isEmpty() || b.given.isEmpty()) {
            if (a.given.isEmpty() && b.given.isEmpty()) return new Candidate(score, ev);
            ev.add("bare surname '" + (a.given.isEmpty() ? a.family : b.family) + "' against a full name");
            return new Candidate(score * BARE_SURNAME, ev);
        }
        if (a.familyFirst != b.familyFirst) {
            score *= ORDER;
            ev.add("family name '" + a.family + "' first in one name, last in the other");
        }
        Candidate given = compareGiven(a.given, b.given, koreanFamily);
        ev.addAll(given.evidence);
        return new Candidate(score * given.score, ev);
    }

    private Candidate compareGiven(List<String> a, List<String> b, boolean koreanFamily) {
        if (a.equals(b)) return new Candidate(1.0, List.of());
        String ja = flat(String.join("", a)), jb = flat(String.join("", b));
        String sa = String.join(" ", a).replace('-', ' '), sb = String.join(" ", b).replace('-', ' ');
        if (ja.equals(jb)) {
            if (sa.equals(sb)) return new Candidate(1.0, List.of());
            return new Candidate(JOINED, List.of("given name written '" + String.join(" ", a) + "' vs '"
                    + String.join(" ", b) + "' (syllables joined, hyphenated or spaced)"));
        }
        if (koreanFamily) {
            Candidate c = compareSyllables(a, b, chunks(a) != chunks(b));
            if (c != null) return c;
        }
        Candidate c = compareGivenWords(a, b);
        if (c != null) return c;
        return new Candidate(OTHER_GIVEN_NAME, List.of("same family name, different given names '"
                + String.join(" ", a) + "' vs '" + String.join(" ", b) + "'"));
    }

    /** Korean given names: the same syllables, each possibly romanized differently. */
    private Candidate compareSyllables(List<String> a, List<String> b, boolean chunkingDiffers) {
        for (List<String> x : readings(a)) {
            for (List<String> y : readings(b)) {
                if (x.size() != y.size()) continue;
                List<String> variants = new ArrayList<>();
                boolean ok = true;
                for (int i = 0; i < x.size() && ok; i++) {
                    if (x.get(i).equals(y.get(i))) continue;
                    if (korean.same(x.get(i), y.get(i))) variants.add("'" + x.get(i) + "'/'" + y.get(i) + "'");
                    else ok = false;
                }
                if (!ok) continue;
                double score = 1.0;
                List<String> ev = new ArrayList<>();
                if (!variants.isEmpty()) {
                    score *= ROMANIZATION;
                    ev.add("given-name syllables " + String.join(", ", variants) + " romanize the same Korean syllable");
                }
                if (chunkingDiffers) {
                    score *= JOINED;
                    ev.add("given name written '" + String.join(" ", a) + "' vs '" + String.join(" ", b)
                            + "' (syllables joined, hyphenated or spaced)");
                }
                return new Candidate(score, ev);
            }
        }
        return null;
    }

    /** Syllable sequences a written given name may stand for ("eunju" -> eun+ju). */
    private List<List<String>> readings(List<String> given) {
        List<String> chunks = new ArrayList<>();
        for (String w : given) for (String c : w.split("[- ]")) if (!c.isEmpty()) chunks.add(c);
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (String chunk : chunks) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (List<String> split : korean.splits(chunk)) {
                    if (next.size() >= 64) break;
                    List<String> r = new ArrayList<>(prefix);
                    r.addAll(split);
                    next.add(r);
                }
            }
            out = next;
        }
        return out;
    }

    /**
     * Given names word by word: the first must agree (equal, or an initial of the other), the shorter list's
     * words must appear in order in the longer; extra words are middle names present in one only.
     */
    private Candidate compareGivenWords(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b, longer = a.size() <= b.size() ? b : a;
        List<String> ev = new ArrayList<>();
        double score = 1.0;
        if (!agree(shorter.get(0), longer.get(0))) {
            // "Joe" for "Joseph": a common short form of the same given name
            if (!shortForms.getOrDefault(shorter.get(0), Set.of()).contains(longer.get(0))) return null;
            ev.add("'" + shorter.get(0) + "' is a short form of '" + longer.get(0) + "' (or the reverse)");
            score *= SHORT_FORM;
            shorter = new ArrayList<>(shorter);
            shorter.set(0, longer.get(0));
        }
        boolean initial = false;
        Set<String> extra = new LinkedHashSet<>();
        int j = 0;
        for (String w : shorter) {
            while (j < longer.size() && !agree(w, longer.get(j))) extra.add(longer.get(j++));
            if (j == longer.size()) return null;
            if (!w.equals(longer.get(j))) {
                initial = true;
                ev.add("initial '" + (w.length() == 1 ? w : longer.get(j)) + "' for '" + (w.length() == 1 ? longer.get(j) : w) + "'");
            }
            j++;
        }
        while (j < longer.size()) extra.add(longer.get(j++));
        if (initial) score *= INITIAL;
        if (!extra.isEmpty()) {
            score *= MIDDLE_NAME;
            ev.add("middle name " + extra + " in one name only");
        }
        return new Candidate(score, ev);
    }

    private static boolean agree(String x, String y) {
        if (x.equals(y)) return true;
        return x.length() == 1 && y.startsWith(x) || y.length() == 1 && x.startsWith(y);
    }

    private static int chunks(List<String> given) {
        int n = 0;
        for (String w : given) n += w.split("[- ]").length;
        return n;
    }

    private static String flat(String s) {
        return s.replace("-", "").replace(" ", "");
    }

    // ---- organizations

    /** How likely two organization names denote the same organization. */
    public NameMatch compareOrganizations(String a, String b) {
        NameMatch best = NameMatch.NONE;
        for (OrganizationName x : OrganizationName.forms(a, orgTokens)) {
            for (OrganizationName y : OrganizationName.forms(b, orgTokens)) {
                NameMatch m = compare(x, y);
                if (m.score() > best.score()) best = m;
            }
        }
        return best;
    }

    private NameMatch compare(OrganizationName x, OrganizationName y) {
        if (x.key().isEmpty() || y.key().isEmpty()) return NameMatch.NONE;
        if (x.key().equals(y.key()))
            return new NameMatch(1.0, List.of("same name after folding case, diacritics, punctuation and a leading 'the': '" + x.key() + "'"));
        if (x.canonicalWords().equals(y.canonicalWords()))
            return new NameMatch(TOKENS, List.of("same words once abbreviations are expanded: '" + x.key() + "' ~ '" + y.key() + "'"));
        NameMatch acronym = acronym(x, y);
        if (acronym == null) acronym = acronym(y, x);
        if (acronym != null) return acronym;
        List<String> qx = x.withoutQualifier(), qy = y.withoutQualifier();
        if (qx.equals(qy) && qx.size() >= 2)
            return new NameMatch(QUALIFIER, List.of("same name but for a leading qualifier: '" + x.key() + "' ~ '" + y.key() + "'"));
        Set<String> wx = significant(x), wy = significant(y);
        Set<String> common = new HashSet<>(wx);
        common.retainAll(wy);
        if (common.isEmpty()) return NameMatch.NONE;
        Set<String> union = new HashSet<>(wx);
        union.addAll(wy);
        double jaccard = (double) common.size() / union.size();
        return new NameMatch(round(0.6 * jaccard), List.of("shares words " + new java.util.TreeSet<>(common) + " only"));
    }

    private static NameMatch acronym(OrganizationName shortName, OrganizationName longName) {
        if (!shortName.acronym() || shortName.tokens().size() != 1) return null;
        String acr = shortName.key().replace(" ", "");
        for (String candidate : longName.acronyms()) {
            if (candidate.equals(acr))
                return new NameMatch(ACRONYM, List.of("'" + acr.toUpperCase(Locale.ROOT) + "' is the acronym of '" + longName.key() + "'"));
        }
        return null;
    }

    private static Set<String> significant(OrganizationName n) {
        Set<String> out = new HashSet<>();
        for (var t : n.tokens()) if (t.kind() != OrganizationTokens.Kind.STOP) out.add(t.text());
        return out;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
