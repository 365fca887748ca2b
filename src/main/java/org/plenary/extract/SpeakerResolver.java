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
 * Who a token refers to: the entity whose name covers it, or, for "he"/"she"/"it", the entity most recently
 * the subject of a sentence (the centre of attention in news prose), else the most recent one named.
 */
final class SpeakerResolver {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> THING_PRONOUNS = Set.of("it");

    private final ParsedText pt;
    private final List<Mention> mentions;
    private final EntityGrouper.Grouping grouping;
    private final List<Optional<String>> subjectOfSentence = new ArrayList<>();

    SpeakerResolver(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping) {
        this.pt = pt;
        this.mentions = mentions;
        this.grouping = grouping;
        for (int s = 0; s < pt.sentences().size(); s++) subjectOfSentence.add(Optional.empty());
        for (int s = 0; s < pt.sentences().size(); s++) subjectOfSentence.set(s, mainSubject(s));
    }

    /** The subject of the sentence's root verb, resolved. */
    private Optional<String> mainSubject(int sentence) {
        SemanticGraph g = pt.graph(sentence);
        if (g == null || g.getRoots().isEmpty()) return Optional.empty();
        IndexedWord root = g.getFirstRoot();
        // "Also speaking was X": the root is the name itself
        Optional<String> rootEntity = entityCovering(pt.token(pt.global(sentence, root.index())).beginPosition());
        if (rootEntity.isPresent() && kindOf(rootEntity.get()) == EntityKind.PERSON) return rootEntity;
        Optional<String> subj = subjectOf(sentence, root);
        if (subj.isPresent()) return subj;
        // "Also speaking was X": an inverted sentence's subject
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(root)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nsubj") || rel.equals("csubj")) return entityAt(sentence, e.getDependent());
        }
        return Optional.empty();
    }

    /** The entity that is the subject of a verb, following conjunctions to a shared subject. */
    Optional<String> subjectOf(int sentence, IndexedWord verb) {
        SemanticGraph g = pt.graph(sentence);
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("nsubj") || rel.equals("nsubj:xsubj")) return entityAt(sentence, e.getDependent());
        }
        // "X said ... and added ...": the second verb shares the first one's subject
        for (SemanticGraphEdge e : g.incomingEdgeIterable(verb)) {
            if (e.getRelation().toString().startsWith("conj")) return subjectOf(sentence, e.getGovernor());
        }
        // a parse that left a finite verb without subject ("They covered ... and President X underscored that"):
        // the name right before the verb, adverbs aside
        if (verb.tag() != null && (verb.tag().equals("VBD") || verb.tag().equals("VBZ"))) {
            int i = pt.global(sentence, verb.index()) - 1;
            while (i >= pt.firstToken(sentence) && pt.token(i).tag().startsWith("RB")) i--;
            if (i >= pt.firstToken(sentence)) {
                Optional<String> k = entityCovering(pt.token(i).beginPosition());
                if (k.isPresent() && kindOf(k.get()) != EntityKind.PLACE) return k;
            }
        }
        return Optional.empty();
    }

    /** The entity a word of a sentence names or refers to. */
    Optional<String> entityAt(int sentence, IndexedWord w) {
        int global = pt.global(sentence, w.index());
        CoreLabel t = pt.token(global);
        Optional<String> direct = entityCovering(t.beginPosition());
        if (direct.isPresent()) return direct;
        String lw = t.word().toLowerCase(Locale.ROOT);
        if (PERSON_PRONOUNS.contains(lw)) return antecedent(sentence, t.beginPosition(), EntityKind.PERSON);
        if (THING_PRONOUNS.contains(lw)) return antecedent(sentence, t.beginPosition(), EntityKind.ORGANIZATION);
        // a title whose name stands beside it: "the ambassador, Lee", "UN Ambassador Ana Ruiz"; a person first
        if (!(t.tag().startsWith("NNP") || "TITLE".equals(t.ner()))) return Optional.empty();
        SemanticGraph g = pt.graph(sentence);
        Optional<String> other = Optional.empty();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            if (rel.equals("appos") || rel.equals("compound") || rel.equals("flat") || rel.equals("dep")) {
                CoreLabel d = pt.token(pt.global(sentence, e.getDependent().index()));
                Optional<String> k = entityCovering(d.beginPosition());
                if (k.isPresent() && kindOf(k.get()) == EntityKind.PERSON) return k;
                if (k.isPresent() && other.isEmpty() && kindOf(k.get()) != EntityKind.PLACE) other = k;
            }
        }
        return other;
    }

    Optional<String> entityCovering(int charOffset) {
        for (Mention m : mentions) {
            if (m.ref().start() <= charOffset && charOffset < m.ref().end()) return grouping.keyAt(m.ref());
        }
        return Optional.empty();
    }

    /** The most recent subject of the wanted kind within the last few sentences, else the nearest name before. */
    Optional<String> antecedent(int sentence, int before, EntityKind kind) {
        for (int s = sentence - 1; s >= Math.max(0, sentence - 4); s--) {
            Optional<String> subj = s < subjectOfSentence.size() ? subjectOfSentence.get(s) : Optional.empty();
            if (subj.isPresent() && kindOf(subj.get()) == kind) return subj;
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.ref().end() <= before && m.kind() == kind) return grouping.keyAt(m.ref());
        }
        return Optional.empty();
    }

    EntityKind kindOf(String key) {
        return key.startsWith("person:") ? EntityKind.PERSON : key.startsWith("place:") ? EntityKind.PLACE : EntityKind.ORGANIZATION;
    }
}
