package org.plenary.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenary.text.Folding;

/**
 * Groups the names of one article into entities: the same full name, a later bare surname or given name
 * ("Kim", "Hwang") with the most recent full name that contains it, an acronym with its long name, a shortened
 * organization name ("General Assembly") with the full one it ends ("UN General Assembly"), and a country's
 * abbreviation with its name.
 */
final class EntityGrouper {
    private final Lexicon lexicon;

    EntityGrouper(Lexicon lexicon) { this.lexicon = lexicon; }

    /** The grouping: entities, and for each mention the key of its entity. */
    record Grouping(List<ExtractedEntity> entities, Map<TextRef, String> keyOf) {
        Optional<String> keyAt(TextRef ref) { return Optional.ofNullable(keyOf.get(ref)); }
    }

    private static final class Group {
        final String key;
        final EntityKind kind;
        String name;
        final Set<String> altNames = new LinkedHashSet<>();
        final List<TextRef> mentions = new ArrayList<>();
        final Set<String> tokens = new LinkedHashSet<>();
        /** Where the text writes the name in full (two words or more), anywhere in the article. */
        final List<TextRef> fullNames = new ArrayList<>();

        Group(String key, EntityKind kind, String name) { this.key = key; this.kind = kind; this.name = name; }

        /** Takes {@code other}'s names and mentions, in text order, and its place in {@code groups} and {@code keyOf}. */
        void absorb(Group other, Map<String, Group> groups, Map<TextRef, String> keyOf) {
            groups.remove(other.key);
            altNames.add(other.name);
            altNames.addAll(other.altNames);
            mentions.addAll(other.mentions);
            mentions.sort(java.util.Comparator.comparingInt(TextRef::start));
            for (TextRef r : other.mentions) keyOf.put(r, key);
        }
    }

    /** A bare name part that fits two different people and nothing in the text decides between them. */
    private static final Group AMBIGUOUS = new Group("", EntityKind.PERSON, "");

    Grouping group(List<Mention> mentions, String text) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<TextRef, String> keyOf = new HashMap<>();
        Map<TextRef, Group> byLongRef = new HashMap<>();
        List<Group> personOrder = new ArrayList<>(); // most recent last
        List<Group> organizationOrder = new ArrayList<>(); // most recent last
        // first pass: full names, so that a bare surname before its full name still finds it
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.PERSON && m.words() >= 2) {
                Group g = groupFor(groups, m);
                g.tokens.addAll(nameTokens(m.text()));
                g.fullNames.add(m.ref());
            }
        }
        for (Mention m : mentions) {
            Group g;
            if (m.acronymOf().isPresent() && byLongRef.containsKey(m.acronymOf().get())) {
                g = byLongRef.get(m.acronymOf().get());
                g.altNames.add(m.text());
            } else if (m.kind() == EntityKind.PERSON && m.words() == 1) {
                g = personByPart(m, text, personOrder, groups.values());
                if (g == AMBIGUOUS) continue; // left unresolved: no entity rather than the wrong one
                if (g == null) g = groupFor(groups, m);
            } else if (m.kind() == EntityKind.ORGANIZATION) {
                g = backReference(m, organizationOrder);
                if (g == null) g = organizationFor(groups, m);
            } else {
                g = groupFor(groups, m);
            }
            g.mentions.add(m.ref());
            keyOf.put(m.ref(), g.key);
            byLongRef.put(m.ref(), g);
            if (g.kind == EntityKind.PERSON) { personOrder.remove(g); personOrder.add(g); }
            if (g.kind == EntityKind.ORGANIZATION) { organizationOrder.remove(g); organizationOrder.add(g); }
            if (m.words() > g.name.split("\\s+").length && m.acronymOf().isEmpty() && g.kind != EntityKind.PLACE) {
                g.altNames.add(g.name);
                g.name = m.text();
            } else if (!m.text().equals(g.name) && (m.words() >= 2 || g.kind != EntityKind.PERSON)) {
                g.altNames.add(m.text());
            }
        }
        mergeShortenedNames(groups, keyOf);
        mergeEarlyAcronyms(groups, keyOf);
        mergeNamesOfOneAcronym(groups, keyOf);
        dropUnnamedOrganizations(groups, keyOf);
        List<ExtractedEntity> entities = new ArrayList<>();
        for (Group g : groups.values()) {
            g.altNames.remove(g.name);
            entities.add(new ExtractedEntity(g.key, g.kind, g.name, List.copyOf(g.altNames), g.mentions));
        }
        return new Grouping(entities, keyOf);
    }

    /**
     * "EPA" in a caption before "Environmental Protection Agency (EPA)" defines it: an organization named only by an
     * acronym joins the one organization that later took that acronym as a spelling.
     */
    private static void mergeEarlyAcronyms(Map<String, Group> groups, Map<TextRef, String> keyOf) {
        for (Group acronym : List.copyOf(groups.values())) {
            if (acronym.kind != EntityKind.ORGANIZATION || !isAcronym(acronym.name) || !acronym.altNames.isEmpty()) continue;
            List<Group> owners = groups.values().stream()
                    .filter(g -> g != acronym && g.kind == EntityKind.ORGANIZATION && g.altNames.contains(acronym.name)).toList();
            if (owners.size() != 1) continue;
            owners.get(0).absorb(acronym, groups, keyOf);
        }
    }

    /**
     * "Council of Australian Government (COAG)" and, later, "Council of Australian Governments (COAG)": two long names
     * that the text defines by one acronym are one organization, written two ways; it keeps the first name.
     */
    private static void mergeNamesOfOneAcronym(Map<String, Group> groups, Map<TextRef, String> keyOf) {
        for (Group first : List.copyOf(groups.values())) {
            if (!groups.containsKey(first.key) || first.kind != EntityKind.ORGANIZATION) continue;
            for (Group other : List.copyOf(groups.values())) {
                if (other == first || other.kind != EntityKind.ORGANIZATION || isAcronym(other.name) || isAcronym(first.name)) continue;
                boolean shared = first.altNames.stream().anyMatch(a -> isAcronym(a) && other.altNames.contains(a));
                if (shared) first.absorb(other, groups, keyOf);
            }
        }
    }

    /**
     * One person written fully and shortened in the same article: "Joe Biden" (headline) and "Joseph R. Biden,
     * Jr."; "López Obrador" and "Andrés Manuel López Obrador"; "Hassan Sheikh" and "Hassan Sheikh Mohamud";
     * "Kim Jong-Un" and "Kim Jong Un". A name whose words (initials and generational suffixes aside, hyphens as
     * spaces, a given name as any of its short forms) run in order inside exactly one longer name of the article
     * joins that name's person; a name that fits two ("Kim Jong" beside "Kim Jong Un" and "Kim Jong Il") stays apart.
     */
    private void mergeShortenedNames(Map<String, Group> groups, Map<TextRef, String> keyOf) {
        List<Group> persons = groups.values().stream()
                .filter(g -> g.kind == EntityKind.PERSON && coreWords(g.name).size() >= 2).toList();
        Set<Group> merged = new java.util.HashSet<>();
        for (Group shorter : persons) {
            List<String> s = coreWords(shorter.name);
            Group into = null;
            int fits = 0;
            for (Group longer : persons) {
                if (longer == shorter || merged.contains(longer)) continue;
                List<String> l = coreWords(longer.name);
                if (l.size() < s.size() || l.size() == s.size() && longer.mentions.size() < shorter.mentions.size()) continue;
                if (l.size() == s.size() && longer.mentions.size() == shorter.mentions.size()
                        && longer.mentions.get(0).start() > shorter.mentions.get(0).start()) continue;
                if (runsInside(s, l)) { into = longer; fits++; }
            }
            if (fits != 1) continue;
            merged.add(shorter);
            into.absorb(shorter, groups, keyOf);
        }
    }

    /**
     * "The Committee decided ...", in an article that never names the committee: a bare organization word ("Board", "The Board") that
     * refers back to no name of the article is no name, so no organization (the names of a country's single
     * institutions, "Senate", "Parliament", aside).
     */
    private void dropUnnamedOrganizations(Map<String, Group> groups, Map<TextRef, String> keyOf) {
        groups.values().removeIf(g -> {
            if (g.kind != EntityKind.ORGANIZATION || !bareHead(g.name) || !g.altNames.stream().allMatch(this::bareHead)) return false;
            for (TextRef r : g.mentions) keyOf.remove(r);
            return true;
        });
    }

    /** "Board", "The Board": an organization word alone, which names no one body ("the Committee"), unless an institution's. */
    private boolean bareHead(String name) {
        String n = name.strip().replaceFirst("^(?i:the)\\s+", "");
        return lexicon.organizationHeads.contains(n) && !lexicon.institutionNames.contains(n);
    }

    /** The words of a person's name that identify it: no initials, no "Jr."/"III", hyphens as spaces, lower case. */
    static List<String> coreWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : normal(name).split("[\\s,\\-\u2010\u2011]+")) {
            String t = w.replace(".", "");
            if (t.isEmpty() || t.length() == 1 || t.matches("jr|sr|ii|iii|iv")) continue;
            out.add(t);
        }
        return out;
    }

    /** Whether the short name's words appear in order inside the long one, the first possibly as a short form. */
    private boolean runsInside(List<String> s, List<String> l) {
        for (int from = 0; from + s.size() <= l.size(); from++) {
            boolean all = true;
            for (int k = 0; k < s.size() && all; k++) {
                String a = s.get(k), b = l.get(from + k);
                all = a.equals(b) || k == 0 && lexicon.givenNameForms.getOrDefault(a, Set.of()).contains(b);
            }
            if (all) return true;
        }
        return false;
    }

    private Group groupFor(Map<String, Group> groups, Mention m) {
        String name = m.kind() == EntityKind.PLACE ? lexicon.placeAliases.getOrDefault(m.text(), m.text()) : m.text();
        String key = m.kind().slug() + ":" + normal(name);
        return groups.computeIfAbsent(key, k -> {
            Group g = new Group(k, m.kind(), name);
            if (!name.equals(m.text())) g.altNames.add(m.text());
            return g;
        });
    }

    private Group organizationFor(Map<String, Group> groups, Mention m) {
        String n = organizationKey(m.text());
        // an acronym used again later, or a shortened name that ends a longer one
        for (Group g : groups.values()) {
            if (g.kind != EntityKind.ORGANIZATION) continue;
            if (g.altNames.contains(m.text())) return g;
        }
        if (isAcronym(m.text())) { // "UNSC" after "UN Security Council": an acronym of a name already given
            for (Group g : groups.values())
                if (g.kind == EntityKind.ORGANIZATION && !isAcronym(g.name) && initials(g.name).equals(m.text().replace(".", ""))) return g;
        }
        for (Group g : groups.values()) {
            if (g.kind != EntityKind.ORGANIZATION) continue;
            String gk = organizationKey(g.name);
            if (gk.equals(n)) return g;
            if (n.split(" ").length >= 2 && gk.endsWith(" " + n)) return g;
            if (gk.split(" ").length >= 2 && n.endsWith(" " + gk)) return g;
            // "Rochester City School" where the article also writes "Rochester City School District": the model cut the last word
            if (n.split(" ").length >= 3 && gk.startsWith(n + " ") && !gk.substring(n.length() + 1).contains(" ")) return g;
            // "Oversight Committee" after "House Oversight and Reform Committee": words of the name left out, its head kept
            if (n.split(" ").length >= 2 && shortened(n, gk)) return g;
        }
        String key = "organization:" + n;
        return groups.computeIfAbsent(key, k -> new Group(k, EntityKind.ORGANIZATION, m.text()));
    }

    /** Whether every word of the short key occurs, in order, in the longer one, and both end in the same word. */
    static boolean shortened(String shortKey, String longKey) {
        String[] s = shortKey.split(" "), l = longKey.split(" ");
        if (s.length >= l.length || !s[s.length - 1].equals(l[l.length - 1])) return false;
        int k = 0;
        for (String w : l) if (k < s.length && w.equals(s[k])) k++;
        return k == s.length;
    }

    /**
     * "the Committee", "the Department", "the House": a bare capitalised word refers back to the most recent
     * organization headed by it ("House of Representatives"), as a bare surname does to a full name.
     */
    private Group backReference(Mention m, List<Group> recentLast) {
        if (m.words() != 1 || isAcronym(m.text())) return null;
        for (int i = recentLast.size() - 1; i >= 0; i--) {
            Group g = recentLast.get(i);
            if (m.text().equals(head(g.name))) return g;
        }
        return null;
    }

    /** The word an organization's name is headed by: the last before "of", "for" or "on", else the last. */
    static String head(String name) {
        String[] w = name.trim().split("\\s+");
        for (int i = 1; i < w.length; i++) if (Set.of("of", "for", "on").contains(w[i])) return w[i - 1];
        return w[w.length - 1];
    }

    /** Two to eight capitals, dots aside: "UN", "U.N.", "NAACP". */
    static boolean isAcronym(String s) {
        String t = s.replace(".", "");
        return t.length() >= 2 && t.length() <= 8 && t.chars().allMatch(Character::isUpperCase);
    }

    /** The initials of a name's capitalised words, an all-capitals word giving all its letters: "UN Security Council" -> UNSC. */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            String t = w.replace(".", "").replace("’", "").replace("'", "");
            if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0))) continue;
            b.append(isAcronym(t) ? t : t.substring(0, 1));
        }
        return b.toString();
    }

    /** "U.N." and "UN" stand for "United Nations"; a leading "the" and a plural's possessive mark are not part of the key. */
    static String organizationKey(String name) {
        // "Western Governors' Association" and "Western Governors Association": the plural possessive's mark is often dropped
        String s = normal(name).replaceAll("^the ", "").replaceAll("(?<=s)' ", " ");
        s = (" " + s + " ").replace(" u.n. ", " united nations ").replace(" un ", " united nations ")
                .replace(" u.s. ", " united states ").replace(" us ", " united states ").trim();
        return s;
    }

    /**
     * The person a bare name part ("Meehan", "Hillary") refers to: the most recent full name containing it. When the
     * part fits two different people of the article (two full names with that family name that are not one person's
     * long and short forms), only context decides: a form of address whose gender agrees with one given name only
     * ("Mrs Meehan" with Kathy and Dennis Meehan), a title the text gives one of them only ("Senator Meehan"), or
     * one of them alone named before it in the same paragraph (else, none being named there, in the paragraph
     * before, a resolved bare name counting); else {@link #AMBIGUOUS}.
     */
    private Group personByPart(Mention m, String text, List<Group> recentLast, java.util.Collection<Group> all) {
        String p = normal(m.text());
        List<List<Group>> people = new ArrayList<>(); // candidate groups, those of one person together
        for (Group g : all) {
            if (g.kind != EntityKind.PERSON || g.name.split("\\s+").length < 2 || !g.tokens.contains(p)) continue;
            List<Group> same = null;
            for (List<Group> person : people)
                for (Group h : person)
                    if (onePerson(g, h)) same = person;
            if (same != null) same.add(g); else people.add(new ArrayList<>(List.of(g)));
        }
        if (people.isEmpty()) return null;
        if (people.size() > 1) {
            List<Group> decided = byAddress(m, text, people);
            if (decided == null) decided = byParagraph(m, text, people);
            if (decided == null) return AMBIGUOUS;
            people = List.of(decided);
        }
        List<Group> person = people.get(0);
        for (int i = recentLast.size() - 1; i >= 0; i--) if (person.contains(recentLast.get(i))) return recentLast.get(i);
        return person.get(0);
    }

    /** Two full names of one person: one's words run inside the other's ("Joe Biden", "Joseph R. Biden, Jr."). */
    private boolean onePerson(Group a, Group b) {
        List<String> x = coreWords(a.name), y = coreWords(b.name);
        return x.size() <= y.size() ? runsInside(x, y) : runsInside(y, x);
    }

    /** Forms of address that give a person's gender (English usage). */
    private static final java.util.Map<String, String> ADDRESS_GENDER = java.util.Map.of(
            "mr", "MALE", "mrs", "FEMALE", "ms", "FEMALE", "miss", "FEMALE", "sir", "MALE", "dame", "FEMALE",
            "lord", "MALE", "lady", "FEMALE", "madam", "FEMALE", "madame", "FEMALE");

    /**
     * The person a word before the bare name points to: a form of address agreeing in gender with one person's
     * given name alone, the others' given names of the other gender; or a title the text writes before one
     * person's full name only.
     */
    private List<Group> byAddress(Mention m, String text, List<List<Group>> people) {
        String word = wordBefore(text, m.ref().start());
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return null;
        String w = word.toLowerCase(Locale.ROOT);
        String gender = ADDRESS_GENDER.get(w);
        List<Group> match = null;
        for (List<Group> person : people) {
            boolean fits;
            if (gender != null) {
                Optional<String> g = genderOf(person);
                if (g.isEmpty()) return null; // an unknown given name may be either
                fits = g.get().equals(gender);
            } else {
                fits = person.stream().flatMap(g -> g.fullNames.stream()).anyMatch(r -> wordBefore(text, r.start()).equalsIgnoreCase(word));
            }
            if (fits && match != null) return null;
            if (fits) match = person;
        }
        return match;
    }

    /** The gender of a person's given name, when the names of all its groups agree on one. */
    private Optional<String> genderOf(List<Group> person) {
        Set<String> genders = new java.util.HashSet<>();
        for (Group g : person) {
            List<String> words = coreWords(g.name);
            if (words.size() < 2) continue;
            lexicon.genderOf(words.get(0)).ifPresentOrElse(genders::add, () -> genders.add("?"));
        }
        return genders.size() == 1 && !genders.contains("?") ? Optional.of(genders.iterator().next()) : Optional.empty();
    }

    /**
     * The one person named (in full, or by a bare name already resolved) before the bare name in its own paragraph,
     * if only one is; when neither is named there, the one person named in the paragraph before, if only one is.
     */
    private static List<Group> byParagraph(Mention m, String text, List<List<Group>> people) {
        int paragraph = text.lastIndexOf('\n', Math.max(0, m.ref().start() - 1)) + 1;
        List<Group> here = namedAlone(people, paragraph, m.ref().start());
        if (here != null) return here == NOBODY ? previousParagraph(m, text, people, paragraph) : here;
        return null;
    }

    private static final List<Group> NOBODY = List.of();

    private static List<Group> previousParagraph(Mention m, String text, List<List<Group>> people, int paragraph) {
        int end = paragraph - 1;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end <= 0) return null;
        int start = text.lastIndexOf('\n', end - 1) + 1;
        List<Group> there = namedAlone(people, start, end);
        return there == NOBODY ? null : there;
    }

    /** The one person with a mention inside [from, to), NOBODY when none has, null when two have. */
    private static List<Group> namedAlone(List<List<Group>> people, int from, int to) {
        List<Group> match = NOBODY;
        for (List<Group> person : people) {
            boolean named = person.stream().flatMap(g -> java.util.stream.Stream.concat(g.mentions.stream(), g.fullNames.stream()))
                    .anyMatch(r -> r.start() >= from && r.end() <= to);
            if (named && match != NOBODY) return null;
            if (named) match = person;
        }
        return match;
    }

    /** The word right before an offset on the same line, trailing full stop dropped ("Sen." -> "Sen"), or "". */
    private static String wordBefore(String text, int at) {
        int e = at;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\u00a0')) e--;
        if (e > 0 && text.charAt(e - 1) == '.') e--;
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
        return text.substring(b, e);
    }

    private static List<String> nameTokens(String name) {
        List<String> out = new ArrayList<>();
        for (String t : normal(name).split("[\\s]+")) {
            out.add(t);
            if (t.contains("-")) out.add(t.replace("-", ""));
        }
        return out;
    }

    static String normal(String s) { return Folding.spelling(s); }
}
