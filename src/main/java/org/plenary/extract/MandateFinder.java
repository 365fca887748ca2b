package org.plenary.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the resolution a meeting was held on: a sentence about the meeting (it names a meeting noun, or its
 * subject is a pronoun and the sentence before names one) with a resolution noun whose dependency subtree holds a
 * DATE (CoreNLP's normalized value, kept only as precise as stated: "December 2023" is 2023-12). Also the
 * numbered session a role belongs to: an ordinal in the role's phrase right before a body's name or a session noun.
 */
final class MandateFinder {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?$");
    private static final Set<String> PRONOUNS = Set.of("it", "this", "which", "that");

    private final Lexicon lexicon;
    private final Set<String> resolutionNouns = words("resolution-nouns.txt");
    private final Set<String> consensusWords = words("consensus-words.txt");

    MandateFinder(Lexicon lexicon) { this.lexicon = lexicon; }

    private static Set<String> words(String resource) {
        Set<String> s = new HashSet<>();
        for (String l : Lexicon.lines(resource)) s.add(l.toLowerCase(Locale.ROOT));
        return Set.copyOf(s);
    }

    List<MandateFact> mandates(ParsedText pt, Optional<MeetingFact> meeting, IntPredicate isBody) {
        List<MandateFact> out = new ArrayList<>();
        if (meeting.isEmpty()) return out;
        for (int s = 0; s < pt.sentences().size(); s++) {
            if (!isBody.test(pt.sentenceRef(s).start()) || !aboutMeeting(pt, s)) continue;
            SemanticGraph g = pt.graph(s);
            for (int t = pt.firstToken(s); t <= pt.lastToken(s); t++) {
                CoreLabel tok = pt.token(t);
                if (tok.tag() == null || !tok.tag().startsWith("NN") || !resolutionNouns.contains(ParsedText.lemma(tok))) continue;
                IndexedWord noun = g.getNodeByIndexSafe(tok.index());
                if (noun == null) continue;
                Set<Integer> subtree = new HashSet<>();
                for (IndexedWord d : g.descendants(noun)) subtree.add(d.index());
                Optional<MandateFact> m = dated(pt, s, subtree, tok, meeting.get().key());
                if (m.isPresent()) { out.add(m.get()); break; }
            }
        }
        return out;
    }

    private Optional<MandateFact> dated(ParsedText pt, int s, Set<Integer> subtree, CoreLabel noun, String meetingKey) {
        for (CoreEntityMention m : pt.sentence(s).entityMentions()) {
            if (!"DATE".equals(m.entityType()) || m.tokens().isEmpty()) continue;
            if (!subtree.contains(m.tokens().get(0).index())) continue;
            String v = m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (v == null) continue;
            Matcher x = ISO.matcher(v);
            if (!x.matches()) continue;
            String iso = x.group(1) + (x.group(2) == null ? "" : "-" + x.group(2)) + (x.group(3) == null ? "" : "-" + x.group(3));
            boolean consensus = false;
            for (int t = pt.firstToken(s); t <= pt.lastToken(s); t++)
                if (subtree.contains(pt.token(t).index()) && consensusWords.contains(ParsedText.lemma(pt.token(t)))) consensus = true;
            int end = m.charOffsets().second;
            return Optional.of(new MandateFact(meetingKey, iso, consensus ? Optional.of(true) : Optional.empty(),
                    new TextRef(noun.beginPosition(), Math.max(end, noun.endPosition()))));
        }
        return Optional.empty();
    }

    /** The sentence names a meeting, or opens with a pronoun right after a sentence that does. */
    private boolean aboutMeeting(ParsedText pt, int s) {
        if (namesMeeting(pt, s)) return true;
        String first = pt.token(pt.firstToken(s)).word().toLowerCase(Locale.ROOT);
        return s > 0 && PRONOUNS.contains(first) && namesMeeting(pt, s - 1);
    }

    private boolean namesMeeting(ParsedText pt, int s) {
        for (int t = pt.firstToken(s); t <= pt.lastToken(s); t++) {
            CoreLabel tok = pt.token(t);
            if (tok.tag() != null && tok.tag().startsWith("NN") && lexicon.meetingNouns.contains(ParsedText.lemma(tok))) return true;
        }
        return false;
    }

    /** Session numbers of roles: an ordinal in the role's phrase right before a body's name or a session noun. */
    List<SessionFact> sessions(ParsedText pt, List<RoleFact> roles, List<Mention> mentions) {
        List<SessionFact> out = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            TextRef ev = roles.get(i).evidence();
            int t = pt.tokenAt(ev.start());
            if (t < 0) continue;
            for (; t + 1 < pt.tokens().size() && pt.token(t).endPosition() <= ev.end(); t++) {
                CoreLabel tok = pt.token(t);
                if (!"ORDINAL".equals(tok.ner())) continue;
                CoreLabel next = pt.token(t + 1);
                boolean beforeBody = next.beginPosition() < ev.end() && (startsOrganization(mentions, next)
                        || lexicon.meetingNouns.contains(ParsedText.lemma(next)));
                if (!beforeBody) continue;
                Integer n = number(tok);
                if (n != null) { out.add(new SessionFact(i, n, new TextRef(tok.beginPosition(), tok.endPosition()))); break; }
            }
        }
        return out;
    }

    private static boolean startsOrganization(List<Mention> mentions, CoreLabel t) {
        for (Mention m : mentions)
            if (m.kind() == EntityKind.ORGANIZATION && m.ref().start() == t.beginPosition()) return true;
        return false;
    }

    private static Integer number(CoreLabel t) {
        String v = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        try {
            if (v != null) return (int) Double.parseDouble(v);
        } catch (NumberFormatException ignored) {
            // fall back to the digits of the word
        }
        String digits = t.word().replaceAll("\\D", "");
        return digits.isEmpty() ? null : Integer.valueOf(digits);
    }
}
