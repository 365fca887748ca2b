package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Optional;

/**
 * Who speaks when a body speaks: collective and institutional speakers.
 * <ul>
 * <li>A communiqué in the first person plural declares whom "we" is: "We, the Foreign Ministers of A, B and C,
 * comprising the X Group, met ..." makes the first organization named in that apposition the speaker of every
 * "we" after it.</li>
 * <li>One who speaks for an organization and is named ("a ministry spokesperson, Ana Ruiz, said") is that person;
 * unnamed ("said a ministry spokesman"), the organization, also for a "he"/"she" that continues.</li>
 * <li>Two speakers or more as one subject ("X and Y underscored ...") are no one speaker: the evaluation gold, like
 * PARC-style attribution schemes, gives a statement one identifiable source.</li>
 * </ul>
 */
final class CollectiveVoice {
    private CollectiveVoice() {}

    /** The organization a declared first-person plural speaks for, if the text declares one. */
    static Optional<String> declared(ParsedText pt, SpeakerResolver speakers) {
        for (int s = 0; s < pt.sentences().size(); s++) {
            SemanticGraph g = pt.graph(s);
            if (g == null) continue;
            int first = pt.firstToken(s), last = pt.lastToken(s);
            for (int i = first; i + 2 <= last; i++) {
                if (!pt.token(i).word().equals("We") || !pt.token(i + 1).word().equals(",")) continue;
                // the apposition names the body, up to the first finite verb ("... meeting as the X Council, met")
                Optional<String> body = Optional.empty();
                for (int k = i + 2; k <= last && body.isEmpty(); k++) {
                    String tag = pt.token(k).tag();
                    if (tag != null && (tag.equals("VBD") || tag.equals("VBP") || tag.equals("VBZ") || tag.equals("MD"))) break;
                    body = speakers.entityCovering(pt.token(k).beginPosition()).filter(x -> speakers.kindOf(x) == EntityKind.ORGANIZATION);
                }
                if (body.isPresent()) return body;
            }
        }
        return Optional.empty();
    }

    /** Whether the subject of a verb is one who speaks for another ("a ministry spokesman"). */
    static boolean spokesSubject(ParsedText pt, int sentence, IndexedWord verb) {
        SemanticGraph g = pt.graph(sentence);
        IndexedWord inverted = SpeakerResolver.invertedSubject(g, verb).orElse(null);
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb))
            if (e.getRelation().toString().startsWith("nsubj") || e.getDependent() == inverted) {
                CoreLabel t = pt.token(pt.global(sentence, e.getDependent().index()));
                // "the White House spokeswoman" is the one the text named before; "a ministry spokesman" no one named
                for (SemanticGraphEdge d : g.outgoingEdgeIterable(e.getDependent()))
                    if (d.getRelation().toString().equals("det") && !d.getDependent().word().equalsIgnoreCase("a")
                            && !d.getDependent().word().equalsIgnoreCase("an")) return false;
                return !ParsedText.capitalized(t) && Lexicon.standard().spokesNouns.contains(ParsedText.lemma(t));
            }
        return false;
    }

    /** The person named beside a word: in apposition, or a name it is a compound of. */
    static Optional<String> personBeside(ParsedText pt, SpeakerResolver speakers, int sentence, IndexedWord w) {
        SemanticGraph g = pt.graph(sentence);
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            if (!(rel.equals("appos") || rel.equals("flat") || rel.equals("dep"))) continue;
            Optional<String> k = speakers.entityCovering(pt.token(pt.global(sentence, e.getDependent().index())).beginPosition());
            if (k.isPresent() && speakers.kindOf(k.get()) == EntityKind.PERSON) return k;
        }
        return Optional.empty();
    }

    /**
     * Whether the subject of a verb of communication is two or more speakers joined ("Mr. X and Mr. Y underscored",
     * "The two leaders reaffirmed"), following the verb to the clause whose subject it shares.
     */
    static boolean jointSubject(ParsedText pt, SpeakerResolver speakers, int sentence, IndexedWord verb) {
        SemanticGraph g = pt.graph(sentence);
        for (int depth = 0; depth < 4 && verb != null; depth++) {
            // the enhanced parse gives each conjoined subject its own edge; titles joined ("X, professor and dean
            // of ...") are one speaker: joint only when the conjuncts are two different named speakers
            java.util.Set<String> who = new java.util.HashSet<>();
            boolean subject = false;
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
                String rel = e.getRelation().toString();
                if (!(rel.equals("nsubj") || rel.equals("nsubj:xsubj"))) continue;
                subject = true;
                speakers.entityAt(sentence, e.getDependent()).ifPresent(who::add);
                for (SemanticGraphEdge c : g.outgoingEdgeIterable(e.getDependent()))
                    if (c.getRelation().toString().startsWith("conj")) speakers.entityAt(sentence, c.getDependent()).ifPresent(who::add);
            }
            if (subject) return who.size() > 1;
            IndexedWord up = null;
            for (SemanticGraphEdge e : g.incomingEdgeIterable(verb)) {
                String rel = e.getRelation().toString();
                if (rel.startsWith("conj") || ("VBG".equals(verb.tag()) && rel.startsWith("advcl"))) up = e.getGovernor();
            }
            verb = up;
        }
        return false;
    }
}
