package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the names of persons, organizations and places. Starts from CoreNLP's entity mentions and corrects
 * their known failures with general rules: pronouns are not names; country abbreviations tagged as
 * organizations are places; a parenthesised acronym names (and completes) the capitalised phrase before it;
 * "X Council and Y Council" is two organizations; a capitalised phrase headed by an organization word
 * ("... Alliance for ...") or named after "director of" is an organization even when the model missed it.
 */
final class MentionFinder {
    private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "in", "on", "and", "de", "la", "du",
            "des", "del", "der", "von", "van", "&", "to");
    private static final Set<String> PLACE_TYPES = Set.of("COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION");

    private final Lexicon lexicon;

    MentionFinder(Lexicon lexicon) { this.lexicon = lexicon; }

    List<Mention> find(ParsedText pt) {
        List<Mention> out = new ArrayList<>();
        for (CoreEntityMention m : pt.document().entityMentions()) {
            String type = m.entityType();
            var o = m.charOffsets();
            TextRef ref = new TextRef(o.first, o.second);
            int sentence = m.tokens().get(0).sentIndex();
            String text = ref.of(pt.text());
            if ("PERSON".equals(type)) {
                if (m.tokens().stream().allMatch(t -> t.tag() != null && t.tag().startsWith("PRP"))) continue;
                out.add(new Mention(ref, EntityKind.PERSON, text, sentence));
            } else if ("ORGANIZATION".equals(type)) {
                if (lexicon.documentHeads.contains(lastWord(text))) continue; // a law, plan or agreement
                if (lexicon.placeAliases.containsKey(text)) out.add(new Mention(ref, EntityKind.PLACE, text, sentence));
                else out.addAll(splitConjoined(pt, ref, sentence));
            } else if (PLACE_TYPES.contains(type)) {
                out.add(new Mention(ref, EntityKind.PLACE, text, sentence));
            }
        }
        extendLeft(pt, out);
        acronyms(pt, out);
        headedOrganizations(pt, out);
        out.sort(Comparator.comparingInt((Mention m) -> m.ref().start()));
        return dedupe(out);
    }

    private static String lastWord(String s) {
        String[] w = s.trim().split("\\s+");
        return w[w.length - 1];
    }

    /** "UN Security Council and Human Rights Council" -> two organizations, when both sides are names. */
    private List<Mention> splitConjoined(ParsedText pt, TextRef ref, int sentence) {
        String text = ref.of(pt.text());
        int and = text.indexOf(" and ");
        if (and > 0) {
            String left = text.substring(0, and), right = text.substring(and + 5);
            if (namedOrganization(left) && namedOrganization(right)) {
                return List.of(new Mention(new TextRef(ref.start(), ref.start() + and), EntityKind.ORGANIZATION, left, sentence),
                        new Mention(new TextRef(ref.start() + and + 5, ref.end()), EntityKind.ORGANIZATION, right, sentence));
            }
        }
        return List.of(new Mention(ref, EntityKind.ORGANIZATION, text, sentence));
    }

    private boolean namedOrganization(String s) {
        String[] w = s.trim().split("\\s+");
        return w.length >= 2 && Character.isUpperCase(w[0].codePointAt(0)) && lexicon.organizationHeads.contains(w[w.length - 1]);
    }

    /** "Nine Stars Alliance": a capitalised word the model tagged as a number (or nothing) before an organization name. */
    private void extendLeft(ParsedText pt, List<Mention> out) {
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.kind() != EntityKind.ORGANIZATION) continue;
            int first = pt.tokenAt(m.ref().start());
            int j = first - 1;
            while (j >= pt.firstToken(m.sentence()) + 1 && ParsedText.capitalized(pt.token(j))
                    && Set.of("NUMBER", "O", "MISC").contains(pt.token(j).ner())
                    && !CONNECTORS.contains(pt.token(j).word().toLowerCase(Locale.ROOT))
                    && !pt.token(j).tag().startsWith("PRP") && !pt.token(j).tag().equals("DT"))
                j--;
            if (j < first - 1) {
                TextRef r = new TextRef(pt.token(j + 1).beginPosition(), m.ref().end());
                out.set(i, new Mention(r, m.kind(), r.of(pt.text()), m.sentence()));
            }
        }
    }

    /** "the Office of the High Commissioner for Human Rights (OHCHR)": the phrase is an organization, the acronym its name. */
    private void acronyms(ParsedText pt, List<Mention> out) {
        List<CoreLabel> toks = pt.tokens();
        for (int i = 1; i + 2 < toks.size(); i++) {
            if (!toks.get(i).word().equals("(") && !toks.get(i).word().equals("-LRB-")) continue;
            CoreLabel acr = toks.get(i + 1);
            String a = acr.word().replace(".", "");
            if (!(toks.get(i + 2).word().equals(")") || toks.get(i + 2).word().equals("-RRB-"))) continue;
            if (a.length() < 2 || a.length() > 10 || !a.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) continue;
            int sentence = acr.sentIndex();
            // the capitalised phrase before the parenthesis
            int end = i - 1, start = end;
            while (start - 1 >= pt.firstToken(sentence)) {
                CoreLabel t = toks.get(start - 1);
                String lw = t.word().toLowerCase(Locale.ROOT);
                if (t.ner() != null && (t.ner().equals("TITLE") || t.ner().equals("PERSON"))) break;
                if (ParsedText.capitalized(t) || CONNECTORS.contains(lw)) start--; else break;
            }
            while (start < end && CONNECTORS.contains(toks.get(start).word().toLowerCase(Locale.ROOT))) start++;
            if (start > end) continue;
            List<CoreLabel> phrase = toks.subList(start, end + 1);
            if (!acronymFits(a, phrase)) continue;
            TextRef longRef = new TextRef(toks.get(start).beginPosition(), toks.get(end).endPosition());
            TextRef acrRef = new TextRef(acr.beginPosition(), acr.endPosition());
            EntityKind kind = EntityKind.ORGANIZATION;
            // an acronym of a person or place is not an organization: keep what the model said
            boolean personOrPlace = out.stream().anyMatch(m -> m.kind() != EntityKind.ORGANIZATION && m.ref().equals(longRef));
            if (personOrPlace) continue;
            boolean knownOrg = out.stream().anyMatch(m -> m.kind() == EntityKind.ORGANIZATION && m.ref().overlaps(longRef));
            boolean headed = phrase.stream().anyMatch(t -> lexicon.organizationHeads.contains(t.word()));
            if (!knownOrg && !headed) continue;
            out.removeIf(m -> m.ref().overlaps(longRef) && longRef.contains(m.ref()) || m.ref().overlaps(acrRef));
            out.add(new Mention(longRef, kind, longRef.of(pt.text()), sentence));
            out.add(new Mention(acrRef, kind, acrRef.of(pt.text()), sentence, Optional.of(longRef)));
        }
    }

    /** The acronym's letters are the initials of the phrase's capitalised words, in order, anchored at the last word. */
    static boolean acronymFits(String acronym, List<CoreLabel> phrase) {
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

    /** Capitalised phrases the model missed: headed by an organization word, or named right after "director of". */
    private void headedOrganizations(ParsedText pt, List<Mention> out) {
        List<CoreLabel> toks = pt.tokens();
        int i = 0;
        while (i < toks.size()) {
            CoreLabel t = toks.get(i);
            if (!ParsedText.capitalized(t) || Mention.anyCovers(out, t) || i == pt.firstToken(t.sentIndex()) && !lexicon.organizationHeads.contains(t.word())) { i++; continue; }
            int j = i;
            while (j + 1 < toks.size() && toks.get(j + 1).sentIndex() == t.sentIndex()
                    && (ParsedText.capitalized(toks.get(j + 1)) && !isPersonOrTitle(toks.get(j + 1))
                    || CONNECTORS.contains(toks.get(j + 1).word()) && j + 2 < toks.size() && ParsedText.capitalized(toks.get(j + 2))))
                j++;
            List<CoreLabel> phrase = toks.subList(i, j + 1);
            boolean headed = phrase.size() >= 2 && phrase.stream().anyMatch(x -> lexicon.organizationHeads.contains(x.word()) && "O".equals(x.ner()));
            boolean afterRoleOf = i >= 2 && !"DT".equals(t.tag()) && toks.get(i - 1).word().equals("of") && isRoleWord(toks.get(i - 2))
                    && phrase.stream().allMatch(x -> "O".equals(x.ner()) || "MISC".equals(x.ner()));
            if ((headed || afterRoleOf) && phrase.stream().noneMatch(x -> Mention.anyCovers(out, x) && !"O".equals(x.ner()) && !"NATIONALITY".equals(x.ner()) && !"COUNTRY".equals(x.ner()))) {
                TextRef r = new TextRef(toks.get(i).beginPosition(), toks.get(j).endPosition());
                out.removeIf(m -> r.contains(m.ref()));
                out.add(new Mention(r, EntityKind.ORGANIZATION, r.of(pt.text()), t.sentIndex()));
            }
            i = j + 1;
        }
    }

    private boolean isRoleWord(CoreLabel t) {
        return "TITLE".equals(t.ner()) || lexicon.roleNouns.contains(ParsedText.lemma(t));
    }

    private static boolean isPersonOrTitle(CoreLabel t) {
        return "PERSON".equals(t.ner()) || "TITLE".equals(t.ner());
    }


    private static List<Mention> dedupe(List<Mention> sorted) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : sorted) {
            if (!out.isEmpty() && out.get(out.size() - 1).ref().equals(m.ref())) continue;
            out.add(m);
        }
        return out;
    }
}
