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
    /** Sentences whose subject is one who speaks for an organization ("a ministry spokesman"): "he" there is it. */
    private final java.util.Set<Integer> spokesSubjects = new java.util.HashSet<>();
    /** The body a communiqué speaks for in the first person plural ("We, the ministers of X, ..."), if declared. */
    private final Optional<String> collectiveWe;

    SpeakerResolver(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping) {
        this.pt = pt;
        this.mentions = mentions;
        this.grouping = grouping;
        for (int s = 0; s < pt.sentences().size(); s++) subjectOfSentence.add(Optional.empty());
        for (int s = 0; s < pt.sentences().size(); s++) subjectOfSentence.set(s, mainSubject(s));
        this.collectiveWe = CollectiveVoice.declared(pt, this);
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
        if (subj.isPresent() && kindOf(subj.get()) == EntityKind.ORGANIZATION && CollectiveVoice.spokesSubject(pt, sentence, root))
            spokesSubjects.add(sentence);
        if (subj.isPresent()) return subj;
        // "Also speaking was X": an inverted sentence's subject
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(root)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nsubj") || rel.equals("csubj")) return entityAt(sentence, e.getDependent());
        }
        return Optional.empty();
    }

    /**
     * The speaker a sentence introduces for the quotation after it: its main subject, a person or organization
     * named by the subject's own words (a name or a pronoun; no description), with where the text names it.
     */
    Optional<StatementFinder.Attributed> introducer(int sentence) {
        Optional<String> subj = subjectOfSentence.get(sentence).filter(k -> kindOf(k) != EntityKind.PLACE);
        SemanticGraph g = pt.graph(sentence);
        if (subj.isEmpty() || g == null || g.getRoots().isEmpty()) return Optional.empty();
        IndexedWord root = g.getFirstRoot();
        Optional<TextRef> span = subjectSpan(sentence, root);
        if (span.isEmpty() || !entityCovering(span.get().start()).map(subj.get()::equals).orElse(isPronoun(span.get()))) return Optional.empty();
        return Optional.of(new StatementFinder.Attributed(subj.get(), span.get(), null));
    }

    private boolean isPronoun(TextRef r) {
        String w = r.of(pt.text()).toLowerCase(Locale.ROOT);
        return PERSON_PRONOUNS.contains(w) || THING_PRONOUNS.contains(w);
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
        // '"...," said an agency spokesman': the parse may take the inverted subject for an object
        Optional<IndexedWord> inverted = invertedSubject(g, verb);
        if (inverted.isPresent()) return entityAt(sentence, inverted.get());
        // a participle has its clause's subject: "The court ruled ..., saying ...", "Thanking X, the President noted"
        if ("VBG".equals(verb.tag())) {
            for (SemanticGraphEdge e : g.incomingEdgeIterable(verb))
                if (e.getRelation().toString().startsWith("advcl")) return subjectOf(sentence, e.getGovernor());
            // set off by a comma or opening the sentence, where the parse hangs it on a noun: the sentence's subject
            int gi = pt.global(sentence, verb.index());
            IndexedWord root = g.getRoots().isEmpty() ? null : g.getFirstRoot();
            if (root != null && root != verb && (gi == pt.firstToken(sentence) || pt.token(gi - 1).word().equals(",")))
                return subjectOf(sentence, root);
        }
        // a sentence cut after an abbreviation's period ("Rep. X (D-Wis.) said ...", "X Jr. said ..."): the verb
        // opening it has the name that ends the sentence before
        Optional<TextRef> cut = nameBeforeCut(sentence, verb);
        if (cut.isPresent()) return entityCovering(cut.get().start());
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

    /** The object after a verb whose clause stands before it ("\"...,\" said X"): the speaker of an inversion. */
    static Optional<IndexedWord> invertedSubject(SemanticGraph g, IndexedWord verb) {
        boolean clauseBefore = false;
        IndexedWord object = null;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("ccomp") || rel.equals("parataxis")) && e.getDependent().index() < verb.index()) clauseBefore = true;
            if (rel.equals("obj") && e.getDependent().index() > verb.index()) object = e.getDependent();
        }
        return clauseBefore && object != null ? Optional.of(object) : Optional.empty();
    }

    /**
     * Where the subject of a verb stands in the text (the name covering its head word, or the word itself: "he",
     * "the ministry"), following conjunctions as {@link #subjectOf} does; empty when the parse gives none.
     */
    Optional<TextRef> subjectSpan(int sentence, IndexedWord verb) {
        SemanticGraph g = pt.graph(sentence);
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("nsubj") || rel.equals("nsubj:xsubj")) return Optional.of(spanAt(sentence, e.getDependent()));
        }
        for (SemanticGraphEdge e : g.incomingEdgeIterable(verb)) {
            if (e.getRelation().toString().startsWith("conj")) return subjectSpan(sentence, e.getGovernor());
        }
        Optional<IndexedWord> inverted = invertedSubject(g, verb);
        if (inverted.isPresent()) return Optional.of(spanAt(sentence, inverted.get()));
        if ("VBG".equals(verb.tag())) {
            for (SemanticGraphEdge e : g.incomingEdgeIterable(verb))
                if (e.getRelation().toString().startsWith("advcl")) return subjectSpan(sentence, e.getGovernor());
            // as subjectOf: set off by a comma or opening the sentence, the sentence's subject ("..., he said, adding")
            int gi = pt.global(sentence, verb.index());
            IndexedWord root = g.getRoots().isEmpty() ? null : g.getFirstRoot();
            if (root != null && root != verb && (gi == pt.firstToken(sentence) || pt.token(gi - 1).word().equals(",")))
                return subjectSpan(sentence, root);
        }
        Optional<TextRef> cut = nameBeforeCut(sentence, verb);
        if (cut.isPresent()) return cut;
        int i = pt.global(sentence, verb.index()) - 1;
        while (i >= pt.firstToken(sentence) && pt.token(i).tag().startsWith("RB")) i--;
        if (i >= pt.firstToken(sentence)) return Optional.of(spanAt(pt.token(i)));
        return Optional.empty();
    }

    /**
     * Where the name stands that a sentence splitter cut off from its verb: the verb opens its sentence in lower case
     * ("said on Friday.") and the sentence before ends in a person's or organization's name, or in brackets right
     * after one ("Rep. Ana Ruiz (D-Ore.)", whose closing period the splitter took for the sentence's end).
     */
    private Optional<TextRef> nameBeforeCut(int sentence, IndexedWord verb) {
        int gi = pt.global(sentence, verb.index());
        if (sentence == 0 || gi != pt.firstToken(sentence) || verb.tag() == null || !verb.tag().startsWith("VB")) return Optional.empty();
        CoreLabel v = pt.token(gi);
        if (!Character.isLowerCase(v.word().charAt(0)) || pt.text().substring(pt.token(gi - 1).endPosition(), v.beginPosition()).contains("\n"))
            return Optional.empty();
        int last = pt.lastToken(sentence - 1), first = pt.firstToken(sentence - 1);
        if (pt.token(last).word().equals(".") && last > first) last--;
        if (pt.token(last).word().equals(")") || pt.token(last).word().equals("-RRB-")) { // brackets after the name
            int open = last;
            while (open > first && !pt.token(open).word().equals("(") && !pt.token(open).word().equals("-LRB-")) open--;
            if (open <= first || last - open > 8) return Optional.empty();
            last = open - 1;
        }
        CoreLabel t = pt.token(last);
        Optional<String> k = entityCovering(t.beginPosition());
        if (k.isEmpty() || kindOf(k.get()) == EntityKind.PLACE) return Optional.empty();
        return Optional.of(spanAt(t));
    }

    /** The span of the name covering a word, or of the word itself. */
    TextRef spanAt(int sentence, IndexedWord w) { return spanAt(pt.token(pt.global(sentence, w.index()))); }

    TextRef spanAt(CoreLabel t) {
        for (Mention m : mentions) if (m.ref().start() <= t.beginPosition() && t.beginPosition() < m.ref().end()) return m.ref();
        return new TextRef(t.beginPosition(), t.endPosition());
    }

    /**
     * The speaker a transcript label names: a person mention inside it, else a person entity whose name (titles
     * aside) equals a part of the label or whose family name alone is the part's last word and no other person's;
     * else, for a label that is a role ("PRIME MINISTER", "Chair"), the person an earlier label gave that role
     * ("ANTHONY ALBANESE, PRIME MINISTER") or named beside it in the text ("Natascha Engel (Chair)",
     * "Prime Minister Anthony Albanese").
     */
    Optional<String> byLabel(TextRef label, java.util.Map<String, String> roleHolders) {
        String text = pt.text();
        List<TextRef> parts = TranscriptTurns.parts(text, label);
        Optional<String> found = Optional.empty();
        for (Mention m : mentions)
            if (label.contains(m.ref()) && m.kind() == EntityKind.PERSON) { found = grouping.keyAt(m.ref()); break; }
        for (int i = 0; i < parts.size() && found.isEmpty(); i++) found = byName(TranscriptTurns.titleCase(parts.get(i).of(text)));
        for (int i = 0; i < parts.size() && found.isEmpty(); i++) {
            String role = parts.get(i).of(text).toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
            if (roleHolders.containsKey(role)) found = Optional.of(roleHolders.get(role));
            else found = heldRoleEndingIn(roleHolders, role).or(() -> holderInText(role, label.start()));
        }
        // a label that is an organization's name and nothing more ("FEMA:", "The Commission:" where the text names
        // it): the body speaks through an unnamed official, as a spokesman of a named ministry does
        if (found.isEmpty() && parts.size() == 1) found = organizationNamed(parts.get(0).of(text));
        if (found.isPresent()) {
            for (TextRef p : parts) { // the other parts are the speaker's roles, for later labels that give only those
                String role = p.of(text).toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
                if (byName(TranscriptTurns.titleCase(p.of(text))).isEmpty()) roleHolders.putIfAbsent(role, found.get());
            }
        }
        return found;
    }

    /** The organization of the document that has exactly this name or spelling (labels are not read as prose). */
    private Optional<String> organizationNamed(String label) {
        String l = withoutArticle(label);
        for (ExtractedEntity e : grouping.entities()) {
            if (e.kind() != EntityKind.ORGANIZATION) continue;
            if (withoutArticle(e.name()).equalsIgnoreCase(l) || e.altNames().stream().anyMatch(n -> withoutArticle(n).equalsIgnoreCase(l)))
                return Optional.of(e.key());
        }
        return Optional.empty();
    }

    private static String withoutArticle(String name) { return name.strip().replaceFirst("(?i)^the\\s+", ""); }

    /** "MINISTER:" after "X, TRADE MINISTER:": the one speaker whose role ends in the label's words. */
    private static Optional<String> heldRoleEndingIn(java.util.Map<String, String> roleHolders, String role) {
        java.util.Set<String> holders = new java.util.HashSet<>();
        roleHolders.forEach((r, k) -> { if (r.endsWith(" " + role)) holders.add(k); });
        return holders.size() == 1 ? Optional.of(holders.iterator().next()) : Optional.empty();
    }

    private Optional<String> byName(String name) {
        String key = PersonName.key(name);
        if (key.isBlank()) return Optional.empty();
        String[] kw = key.split(" ");
        String last = kw[kw.length - 1];
        Optional<String> bySurname = Optional.empty();
        int surnameHits = 0;
        for (ExtractedEntity e : grouping.entities()) {
            if (e.kind() != EntityKind.PERSON) continue;
            List<String> all = new ArrayList<>(e.altNames());
            all.add(e.name());
            boolean surname = false;
            for (String n : all) {
                String k = PersonName.key(n);
                if (k.equals(key)) return Optional.of(e.key());
                String[] w = k.split(" ");
                if (w.length > 1 && w[w.length - 1].equals(last)) surname = true;
            }
            if (surname) { surnameHits++; bySurname = Optional.of(e.key()); }
        }
        return surnameHits == 1 ? bySurname : Optional.empty();
    }

    /**
     * The person named right after a role ("Prime Minister Anthony Albanese") or with it after the name ("X (Chair)",
     * "X, Chair", "X, the chair", "X [chairman of the subcommittee]"): the last such person before {@code at}, else the
     * first after.
     */
    private Optional<String> holderInText(String role, int at) {
        if (role.isBlank()) return Optional.empty();
        String lower = pt.text().toLowerCase(Locale.ROOT);
        Optional<String> after = Optional.empty(), before = Optional.empty();
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.PERSON) continue;
            int s = m.ref().start(), e = m.ref().end();
            String pre = lower.substring(Math.max(0, s - role.length() - 1), s);
            String post = lower.substring(e, Math.min(lower.length(), e + role.length() + 7));
            // "Hon. Ann Roe [chairwoman of the subcommittee] presiding", "(chairman of the committee)": who presides
            if (pre.equals(role + " ") || post.startsWith(" (" + role + ")") || post.startsWith(", " + role)
                    || post.startsWith(", the " + role) || post.startsWith(" [" + role + " ") || post.startsWith(" [" + role + "]") || post.startsWith(" (" + role + " of ")) {
                if (s < at) before = grouping.keyAt(m.ref());
                else if (after.isEmpty()) after = grouping.keyAt(m.ref());
            }
        }
        return before.isPresent() ? before : after;
    }

    /** The entity a word of a sentence names or refers to. */
    Optional<String> entityAt(int sentence, IndexedWord w) {
        int global = pt.global(sentence, w.index());
        CoreLabel t = pt.token(global);
        Optional<String> direct = entityCovering(t.beginPosition());
        if (direct.isPresent()) return direct;
        Optional<String> bracketed = beforeBrackets(t.beginPosition());
        if (bracketed.isPresent()) return bracketed;
        String lw = t.word().toLowerCase(Locale.ROOT);
        // no gender agreement: the first-name list misreads names in family-name-first order ("Park Jin" read by its family name)
        if (PERSON_PRONOUNS.contains(lw)) return antecedent(sentence, t.beginPosition(), EntityKind.PERSON);
        if (THING_PRONOUNS.contains(lw)) return antecedent(sentence, t.beginPosition(), EntityKind.ORGANIZATION);
        if (lw.equals("we") && collectiveWe != null && collectiveWe.isPresent()) return collectiveWe;
        // "they" after an organization spoke: the organization ("The ministry denounced ... They invited ...")
        if (lw.equals("they")) return organizationJustBefore(sentence);
        // "a ministry spokesperson, Ana Ruiz, said": the person named, not the one spoken for
        if (Lexicon.standard().spokesNouns.contains(ParsedText.lemma(t))) {
            Optional<String> named = CollectiveVoice.personBeside(pt, this, sentence, w);
            if (named.isPresent()) return named;
        }
        // a title whose name stands beside it: "the ambassador, Lee", "UN Ambassador Ana Ruiz"; a person first
        if (!(t.tag().startsWith("NNP") || "TITLE".equals(t.ner()))) return described(sentence, w, 1);
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
        return other.isPresent() ? other : described(sentence, w, 1);
    }

    /**
     * A speaker named by a description rather than a name: one who speaks for someone ("a spokesman for the
     * ministry", "an aide to Ruiz", "the ministry's spokeswoman": the one spoken for, a list of such words is data),
     * or a definite description that an earlier name fits: "the ministry" for the Ministry of Foreign Affairs (the
     * latest organization named before whose name holds the noun), "the Prime Minister" for the person the text
     * gives that title ("Prime Minister Ana Ruiz", "Ruiz, the prime minister").
     */
    private Optional<String> described(int sentence, IndexedWord w, int depth) {
        CoreLabel t = pt.token(pt.global(sentence, w.index()));
        if (t.tag() == null || !t.tag().startsWith("NN")) return Optional.empty();
        String lemma = ParsedText.lemma(t);
        SemanticGraph g = pt.graph(sentence);
        if (depth > 0 && Lexicon.standard().spokesNouns.contains(lemma)) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                String rel = e.getRelation().toString();
                if (rel.startsWith("nmod:for") || rel.startsWith("nmod:of") || rel.startsWith("nmod:to") || rel.startsWith("nmod:at")
                        || rel.equals("nmod:poss") || rel.equals("compound")) {
                    IndexedWord d = e.getDependent();
                    Optional<String> k = entityCovering(pt.token(pt.global(sentence, d.index())).beginPosition());
                    if (k.isEmpty()) k = described(sentence, d, depth - 1);
                    // "a defense ministry spokesman": the organization named before whose name holds the noun
                    if (k.isEmpty() && rel.equals("compound")) k = organizationNamedBefore(pt.token(pt.global(sentence, d.index())));
                    if (k.isPresent() && kindOf(k.get()) != EntityKind.PLACE) return k;
                }
            }
            return Optional.empty();
        }
        // members speaking together for their body: "EU ministers", "the ministers of the council", "G7 leaders"
        if ("NNS".equals(t.tag()) && (Lexicon.standard().roleNouns.contains(lemma) || "TITLE".equals(t.ner()))) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                String rel = e.getRelation().toString();
                if (rel.equals("compound") || rel.startsWith("nmod:of") || rel.equals("nmod:poss") || rel.equals("amod")) {
                    Optional<String> k = entityCovering(pt.token(pt.global(sentence, e.getDependent().index())).beginPosition());
                    if (k.isPresent() && kindOf(k.get()) == EntityKind.ORGANIZATION) return k;
                }
            }
            return Optional.empty();
        }
        boolean definite = false;
        StringBuilder phrase = new StringBuilder();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            if (rel.equals("det") && Set.of("the", "this").contains(e.getDependent().word().toLowerCase(Locale.ROOT))) definite = true;
        }
        if (!definite) return Optional.empty();
        // the words of the title: compounds and adjectives before the head ("prime minister", "foreign secretary")
        int head = pt.global(sentence, w.index()), from = head;
        while (from - 1 >= pt.firstToken(sentence) && (pt.token(from - 1).tag().startsWith("NN") || pt.token(from - 1).tag().equals("JJ"))) from--;
        for (int i = from; i <= head; i++) phrase.append(i > from ? " " : "").append(pt.token(i).word().toLowerCase(Locale.ROOT));
        boolean role = Lexicon.standard().roleNouns.contains(lemma) || "TITLE".equals(t.ner());
        if (role) {
            Optional<String> holder = holderInText(phrase.toString(), t.beginPosition());
            if (holder.isPresent() && kindOf(holder.get()) == EntityKind.PERSON) return holder;
        }
        // a person the text named, referred to again by a title or an epithet in lower case ("the senator", "the New
        // York businessman"): news prose does so for the person at the centre of attention, as with "he". A title
        // capitalized on its own ("The President announced", "the Speaker of the House") names an office's holder,
        // who may be someone the text never named
        boolean lower = Character.isLowerCase(t.word().charAt(0));
        if (depth > 0 && lower && (role || Lexicon.standard().personEpithets.contains(lemma))) return antecedent(sentence, t.beginPosition(), EntityKind.PERSON);
        // "the Wisconsin Republican said": a party member's noun is capitalized by convention, not as a title
        if (depth > 0 && Lexicon.standard().partyMemberNouns.contains(lemma)) return antecedent(sentence, t.beginPosition(), EntityKind.PERSON);
        if (role) return Optional.empty();
        Optional<String> named = organizationNamedBefore(t);
        if (named.isPresent()) return named;
        // "the group said": a bare definite noun that may stand for any organization refers to the organization at
        // the centre of attention, as "it" does; a noun of a kind ("the court", "the Trump administration") only to
        // a body whose name holds it (above)
        if (depth > 0 && lower && from == head && Lexicon.standard().genericOrganizationNouns.contains(lemma))
            return antecedent(sentence, t.beginPosition(), EntityKind.ORGANIZATION);
        return Optional.empty();
    }

    /** The latest organization named before a word whose name holds it ("the ministry" for "Ministry of X"). */
    private Optional<String> organizationNamedBefore(CoreLabel t) {
        if (t.tag() == null || !t.tag().startsWith("NN")) return Optional.empty();
        String lemma = ParsedText.lemma(t);
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.ref().end() > t.beginPosition() || m.kind() != EntityKind.ORGANIZATION) continue;
            for (String word : m.text().toLowerCase(Locale.ROOT).split("[\\s,.'’-]+"))
                if (word.equals(lemma) || word.equals(t.word().toLowerCase(Locale.ROOT))) return grouping.keyAt(m.ref());
        }
        return Optional.empty();
    }

    /**
     * A word inside brackets right after a name is about that name: "Rep. Gwen Moore (D-Wis.) said", where the parse
     * may take the party and state for the subject.
     */
    private Optional<String> beforeBrackets(int charOffset) {
        String text = pt.text();
        int open = -1;
        for (int i = charOffset; i >= 0 && i > charOffset - 40; i--) {
            char c = text.charAt(i);
            if (c == ')' && i < charOffset || c == '\n') return Optional.empty();
            if (c == '(') { open = i; break; }
        }
        if (open < 0) return Optional.empty();
        int close = text.indexOf(')', charOffset);
        if (close < 0 || close - open > 40) return Optional.empty();
        int e = open;
        while (e > 0 && text.charAt(e - 1) == ' ') e--;
        for (Mention m : mentions)
            if (m.ref().end() == e && m.kind() != EntityKind.PLACE) return grouping.keyAt(m.ref());
        return Optional.empty();
    }

    Optional<String> entityCovering(int charOffset) {
        for (Mention m : mentions) {
            if (m.ref().start() <= charOffset && charOffset < m.ref().end()) return grouping.keyAt(m.ref());
        }
        return Optional.empty();
    }

    /** The subject of the sentence before, or of this one, when it is an organization. */
    private Optional<String> organizationJustBefore(int sentence) {
        for (int s = sentence - 1; s >= Math.max(0, sentence - 1); s--) {
            Optional<String> subj = s < subjectOfSentence.size() ? subjectOfSentence.get(s) : Optional.empty();
            if (subj.isPresent()) return subj.filter(k -> kindOf(k) == EntityKind.ORGANIZATION);
        }
        return Optional.empty();
    }

    /** The most recent subject of the wanted kind within the last few sentences, else the nearest name before. */
    Optional<String> antecedent(int sentence, int before, EntityKind kind) {
        for (int s = sentence - 1; s >= Math.max(0, sentence - 4); s--) {
            Optional<String> subj = s < subjectOfSentence.size() ? subjectOfSentence.get(s) : Optional.empty();
            // a person may also be one who spoke for an organization unnamed: "said a ministry spokesman. He said
            // that ..." is the ministry
            if (subj.isPresent() && (kindOf(subj.get()) == kind || (kind == EntityKind.PERSON && spokesSubjects.contains(s))))
                return subj;
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
