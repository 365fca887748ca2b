package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "the Office of the High Commissioner for Human Rights (OHCHR)": the capitalised phrase before a bracketed acronym
 * it spells is an organization, the acronym its name.
 */
final class AcronymDefinitions extends MentionRule {
    AcronymDefinitions(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        List<CoreLabel> toks = pt.tokens();
        for (int i = 1; i + 2 < toks.size(); i++) {
            if (!toks.get(i).word().equals("(") && !toks.get(i).word().equals("-LRB-")) continue;
            CoreLabel acr = toks.get(i + 1);
            String a = acr.word().replace(".", "");
            if (!(toks.get(i + 2).word().equals(")") || toks.get(i + 2).word().equals("-RRB-"))) continue;
            if (a.length() < 2 || a.length() > 10 || !a.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) continue;
            int sentence = acr.sentIndex();
            // the capitalised phrase before the parenthesis; people are not given acronyms in parentheses, so a
            // "person" with one ("Archer Daniels Midland (ADM)") is a company named after people
            int end = i - 1, start = end;
            CoreLabel beforeBracket = toks.get(end);
            Optional<Mention> person = out.stream().filter(m -> m.kind() == EntityKind.PERSON
                    && m.ref().end() == beforeBracket.endPosition()).findFirst();
            if (person.isPresent()) {
                start = pt.tokenAt(person.get().ref().start());
            } else {
                while (start - 1 >= pt.firstToken(sentence)) {
                    CoreLabel t = toks.get(start - 1);
                    String lw = t.word().toLowerCase(Locale.ROOT);
                    if (t.ner() != null && (t.ner().equals("TITLE") || t.ner().equals("PERSON"))) break;
                    if (ParsedText.capitalized(t) || connector(lw)) start--; else break;
                }
            }
            while (start < end && connector(toks.get(start).word().toLowerCase(Locale.ROOT))) start++;
            if (start > end) continue;
            List<CoreLabel> phrase = toks.subList(start, end + 1);
            if (!acronymFits(a, phrase)) continue;
            TextRef longRef = new TextRef(toks.get(start).beginPosition(), toks.get(end).endPosition());
            TextRef acrRef = new TextRef(acr.beginPosition(), acr.endPosition());
            EntityKind kind = EntityKind.ORGANIZATION;
            // an acronym of a place is not an organization: keep what the model said
            boolean place = out.stream().anyMatch(m -> m.kind() == EntityKind.PLACE && m.ref().equals(longRef));
            if (place) continue;
            if (person.isPresent()) out.remove(person.get());
            boolean knownOrg = person.isPresent() || out.stream().anyMatch(m -> m.kind() == EntityKind.ORGANIZATION && m.ref().overlaps(longRef));
            boolean headed = phrase.stream().anyMatch(t -> lexicon.organizationHeads.contains(t.word()));
            if (!knownOrg && !headed) continue;
            out.removeIf(m -> m.ref().overlaps(longRef) && longRef.contains(m.ref()) || m.ref().overlaps(acrRef));
            out.add(new Mention(longRef, kind, longRef.of(pt.text()), sentence));
            out.add(new Mention(acrRef, kind, acrRef.of(pt.text()), sentence, Optional.of(longRef)));
        }
        return out;
    }

    /**
     * The acronym's letters are the initials of the phrase's capitalised words, in order, anchored at the last word;
     * or, for acronyms that take more than initials ("NACO", National Association of Counties), they are found in
     * the phrase from right to left with the first at the start of a word (Schwartz and Hearst, "A simple algorithm
     * for identifying abbreviation definitions in biomedical text", PSB 2003), the phrase's first word included.
     */
    static boolean acronymFits(String acronym, List<CoreLabel> phrase) {
        return initialsFit(acronym, phrase) || lettersFit(acronym.replaceAll("[^\\p{L}\\p{N}]", ""), phrase);
    }

    private static boolean lettersFit(String shortForm, List<CoreLabel> phrase) {
        if (shortForm.length() < 2 || phrase.size() < 2 || phrase.size() > shortForm.length() + 3) return false;
        StringBuilder b = new StringBuilder();
        for (CoreLabel t : phrase) b.append(b.length() == 0 ? "" : " ").append(t.word());
        String longForm = b.toString().toLowerCase(Locale.ROOT), sf = shortForm.toLowerCase(Locale.ROOT);
        int l = longForm.length() - 1;
        for (int k = sf.length() - 1; k >= 0; k--) {
            char c = sf.charAt(k);
            while (l >= 0 && (longForm.charAt(l) != c || k == 0 && l > 0 && Character.isLetterOrDigit(longForm.charAt(l - 1)))) l--;
            if (l < 0) return false;
            l--;
        }
        // the definition starts at the phrase's first word, else the phrase is longer than the name
        return longForm.lastIndexOf(' ', Math.max(l, 0)) < 0;
    }

    /** The acronym's letters are the initials of the phrase's capitalised words, in order, anchored at the last word. */
    private static boolean initialsFit(String acronym, List<CoreLabel> phrase) {
        List<Character> initials = new ArrayList<>();
        for (CoreLabel t : phrase) {
            if (!ParsedText.capitalized(t)) continue;
            for (String part : t.word().split("-")) if (!part.isEmpty()) initials.add(Character.toUpperCase(part.charAt(0)));
        }
        if (initials.size() < 2) return false;
        String letters = acronym.replaceAll("[^A-Z]", "");
        if (letters.isEmpty() || letters.charAt(letters.length() - 1) != initials.get(initials.size() - 1)) return false;
        int k = 0;
        for (char c : initials) if (k < letters.length() && letters.charAt(k) == c) k++;
        return k == letters.length() && letters.length() * 10 >= initials.size() * 6;
    }
}
