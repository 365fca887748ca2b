package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Shapes of reported speech beyond "X said that Y":
 * <ul>
 * <li>the addressee of a verb of telling is not what was said, also where the parse runs it into the clause ("told
 * the agency the plan was ready": the content starts after "the agency");</li>
 * <li>"welcomed X to Y" with a person as X is a greeting, not a statement;</li>
 * <li>a noun of communication with its agent and clause is a statement of the agent: "an announcement by the
 * Commerce Department that the deficit reached a record" ({@code speech-nouns.txt}).</li>
 * </ul>
 */
final class ReportingShapes {
    /** Verbs whose first object is the one spoken to. */
    private static final Set<String> TELLING = Set.of("tell", "inform", "assure", "reassure", "remind", "brief", "notify", "advise");

    private ReportingShapes() {}

    /** The content without an addressee the parse left at its start ("told VOA the North ..."). */
    static TextRef afterAddressee(ParsedText pt, SpeakerResolver speakers, int s, IndexedWord verb, TextRef content) {
        if (verb.lemma() == null || !TELLING.contains(verb.lemma().toLowerCase(Locale.ROOT))) return content;
        int i = pt.tokenAt(content.start());
        if (i < 0) return content;
        Optional<String> k = speakers.entityCovering(pt.token(i).beginPosition());
        if (k.isEmpty() || speakers.kindOf(k.get()) == EntityKind.PLACE) return content;
        int j = i;
        while (j + 1 <= pt.lastToken(s) && speakers.entityCovering(pt.token(j + 1).beginPosition()).equals(k)) j++;
        if (j + 1 > pt.lastToken(s)) return content;
        CoreLabel next = pt.token(j + 1);
        // the clause must start right after the name with a subject of its own
        boolean subjectStarts = next.tag() != null && (next.tag().equals("DT") || next.tag().startsWith("NNP") || next.tag().equals("PRP"));
        if (!subjectStarts || next.beginPosition() >= content.end()) return content;
        TextRef rest = new TextRef(next.beginPosition(), content.end());
        return StatementFinder.words(rest.of(pt.text())) >= 3 ? rest : content;
    }

    /** "welcomed X (to Y)" where X is a person: a greeting, whose object is no content. */
    static boolean greetsPerson(ParsedText pt, SpeakerResolver speakers, int s, IndexedWord verb) {
        if (verb.lemma() == null || !verb.lemma().equalsIgnoreCase("welcome")) return false;
        SemanticGraph g = pt.graph(s);
        boolean clause = false;
        IndexedWord object = null;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("ccomp")) clause = true;
            if (rel.equals("obj")) object = e.getDependent();
        }
        if (clause || object == null) return false;
        CoreLabel o = pt.token(pt.global(s, object.index()));
        Optional<String> k = speakers.entityCovering(o.beginPosition());
        if (k.isPresent()) return speakers.kindOf(k.get()) == EntityKind.PERSON;
        return "PERSON".equals(o.ner()) || "TITLE".equals(o.ner());
    }

    /** Statements made by nouns of communication with an agent and a that-clause. */
    static List<StatementFinder.Found> nominal(ParsedText pt, SpeakerResolver speakers, Lexicon lexicon,
                                               java.util.function.IntPredicate isBody) {
        List<StatementFinder.Found> out = new ArrayList<>();
        for (int s = 0; s < pt.sentences().size(); s++) {
            if (!isBody.test(pt.sentenceRef(s).start())) continue;
            SemanticGraph g = pt.graph(s);
            if (g == null) continue;
            for (IndexedWord w : g.vertexListSorted()) {
                CoreLabel t = pt.token(pt.global(s, w.index()));
                if (t.tag() == null || !t.tag().startsWith("NN") || !lexicon.speechNouns.contains(ParsedText.lemma(t))) continue;
                if (pt.insideQuote(t.beginPosition())) continue;
                Optional<String> agent = Optional.empty();
                TextRef source = null;
                IndexedWord clause = null;
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                    String rel = e.getRelation().toString();
                    if (rel.equals("nmod:by") || rel.equals("nmod:agent")) {
                        agent = speakers.entityAt(s, e.getDependent()).filter(k -> speakers.kindOf(k) != EntityKind.PLACE);
                        source = speakers.spanAt(s, e.getDependent());
                    }
                    if ((rel.startsWith("acl") || rel.equals("ccomp") || rel.equals("dep")) && e.getDependent().index() > w.index())
                        clause = clause == null ? e.getDependent() : clause;
                }
                if (agent.isEmpty() || clause == null) continue;
                // the clause opens with "that" after the agent: "an announcement by X that Y"
                int from = -1;
                for (int i = pt.global(s, w.index()) + 1; i < pt.global(s, clause.index()); i++)
                    if (pt.token(i).word().equalsIgnoreCase("that")) { from = i + 1; break; }
                if (from < 0) continue;
                int last = pt.lastToken(s);
                while (last > from && ".;:!?".contains(pt.token(last).word())) last--;
                if (last - from < 2) continue;
                TextRef content = new TextRef(pt.token(from).beginPosition(), pt.token(last).endPosition());
                out.add(new StatementFinder.Found(agent.get(), content, false, 0.75, source,
                        new TextRef(t.beginPosition(), t.endPosition())));
            }
        }
        return out;
    }
}
