package org.plenary.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenary.ingest.Article;
import org.plenary.ingest.SegmentKind;

/**
 * Extraction of an article in a language other than English, with CoreNLP's models for that language and the
 * language's word lists ({@link LanguageWords}): the persons and organizations its named-entity model finds, the
 * direct quotations (between the language's quotation marks) whose speaker the same sentence names beside a verb
 * of saying, and the meeting named by a meeting noun with the date the text states for it. The English rule stages
 * (roles, participations, reported speech) are not applied: their word lists are English.
 */
public final class LanguageModelExtractor {
    /** Quotations shorter than this many letters are words quoted, not something said ("«histórico»"). */
    private static final int MIN_QUOTE_LETTERS = 12;
    /** How far before or after a quotation its speaker and verb of saying are looked for, in characters. */
    private static final int WINDOW = 120;

    private final ModelLanguage language;
    private final LanguageWords words;
    private final WrittenDates dates;

    private final java.util.function.Consumer<String> loadReport;

    /** {@code loadReport}: told the models' load time and heap when they load (may be null). */
    public LanguageModelExtractor(ModelLanguage language, java.util.function.Consumer<String> loadReport) {
        this.language = language;
        this.loadReport = loadReport;
        this.words = LanguageWords.of(language);
        this.dates = new WrittenDates(words);
    }

    /** A name the model found, with its kind. */
    private record Named(EntityKind kind, String name, TextRef where) {}

    public ArticleExtraction extract(Article article) {
        String text = article.text();
        String prose = ParsedText.prose(article, true);
        CoreDocument doc = LanguagePipelines.annotate(language, prose, loadReport);
        List<Named> named = new ArrayList<>();
        for (CoreEntityMention m : doc.entityMentions()) {
            Optional<EntityKind> kind = kindOf(m.entityType());
            if (kind.isEmpty()) continue;
            TextRef r = trimmed(text, new TextRef(m.charOffsets().first, m.charOffsets().second));
            String name = r.of(text);
            // one letter is no name (an initial, a stray character the model took); a Chinese name has two or more
            if (name.codePoints().filter(Character::isLetter).count() < 2 || name.contains("\n")) continue;
            named.add(new Named(kind.get(), name, r));
        }
        Map<String, ExtractedEntity> entities = group(named);
        Map<TextRef, String> keyAt = new LinkedHashMap<>();
        for (ExtractedEntity e : entities.values()) for (TextRef r : e.mentions()) keyAt.put(r, e.key());

        Optional<LocalDate> published = article.metadata().published().flatMap(LanguageModelExtractor::isoDate);
        Optional<MeetingFact> meeting = meeting(article, prose, published);
        List<StatementFact> statements = new ArrayList<>();
        Speaker before = null;
        int beforeEnd = -1;
        for (TextRef q : quotations(article)) {
            Optional<Speaker> found = speaker(prose, q, named, keyAt);
            if (found.isPresent()) {
                Speaker s = found.get();
                statements.add(new StatementFact(s.key, q.of(text), true, q, meeting.map(MeetingFact::key), s.confidence, Optional.of(s.source), s.cue));
                before = s;
            } else if (before != null && text.substring(beforeEnd, q.start()).indexOf('\n') < 0) {
                // a quotation that names no speaker, in the paragraph of one that did, goes on with that speaker's words
                statements.add(new StatementFact(before.key, q.of(text), true, q, meeting.map(MeetingFact::key), 0.6, Optional.empty(), Optional.empty()));
            } else {
                before = null;
            }
            beforeEnd = q.end();
        }

        List<ExtractedEntity> all = new ArrayList<>(entities.values());
        Optional<String> author = article.metadata().author().map(a -> ArticleExtractor.addNamed(all, article, EntityKind.PERSON, a, SegmentKind.BYLINE));
        Optional<String> publisher = article.metadata().publisher().map(p -> ArticleExtractor.addNamed(all, article, EntityKind.ORGANIZATION, p, SegmentKind.CREDIT));
        return new ArticleExtraction(article, all, meeting.stream().toList(), List.of(), List.of(), statements, author, publisher);
    }

    private static Optional<EntityKind> kindOf(String nerClass) {
        // the models of the four languages name their classes differently: PERSON (es, de, zh), PER (fr), I-PER ...
        String c = nerClass.toUpperCase(Locale.ROOT).replaceFirst("^[BI]-", "");
        return switch (c) {
            case "PERSON", "PER", "PERS" -> Optional.of(EntityKind.PERSON);
            case "ORGANIZATION", "ORG" -> Optional.of(EntityKind.ORGANIZATION);
            default -> Optional.empty();
        };
    }

    /** The span without punctuation or spaces at its ends (a model's mention may take a quotation mark or comma). */
    private static TextRef trimmed(String text, TextRef r) {
        int s = r.start(), e = r.end();
        while (s < e && !Character.isLetterOrDigit(text.codePointAt(s))) s++;
        while (e > s && !Character.isLetterOrDigit(text.codePointBefore(e)) && text.charAt(e - 1) != '.' && text.charAt(e - 1) != ')') e--;
        return new TextRef(s, e);
    }

    /**
     * One entity per name as spelled (folded), and a person's surname alone ("Sánchez") joined to the one full name
     * of the article that ends in it ("Pedro Sánchez").
     */
    private static Map<String, ExtractedEntity> group(List<Named> named) {
        Map<String, List<Named>> byKey = new LinkedHashMap<>();
        for (Named n : named) byKey.computeIfAbsent(key(n.kind, n.name), k -> new ArrayList<>()).add(n);
        Map<String, String> into = new LinkedHashMap<>();
        for (String k : byKey.keySet()) {
            Named first = byKey.get(k).get(0);
            if (first.kind != EntityKind.PERSON || first.name.contains(" ")) continue;
            List<String> longer = byKey.keySet().stream().filter(o -> !o.equals(k) && o.startsWith("person:") && o.endsWith(" " + k.substring(7))).toList();
            if (longer.size() == 1) into.put(k, longer.get(0));
        }
        Map<String, ExtractedEntity> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Named>> e : byKey.entrySet()) {
            if (into.containsKey(e.getKey())) continue;
            List<Named> members = new ArrayList<>(e.getValue());
            into.forEach((from, to) -> { if (to.equals(e.getKey())) members.addAll(byKey.get(from)); });
            members.sort(Comparator.comparingInt(n -> n.where.start()));
            String name = members.stream().map(Named::name).max(Comparator.comparingInt(String::length)).orElseThrow();
            List<String> alt = members.stream().map(Named::name).distinct().filter(n -> !n.equals(name)).toList();
            out.put(e.getKey(), new ExtractedEntity(e.getKey(), members.get(0).kind, name, alt, members.stream().map(Named::where).toList()));
        }
        return out;
    }

    private static String key(EntityKind kind, String name) { return kind.slug() + ":" + EntityGrouper.normal(name); }

    /** Direct quotations of the article's body: the text between a language's opening mark and its closing mark. */
    List<TextRef> quotations(Article article) {
        String text = article.text();
        List<TextRef> out = new ArrayList<>();
        for (var seg : article.segments()) {
            if (seg.kind() != SegmentKind.BODY) continue;
            int i = seg.start();
            while (i < seg.end()) {
                LanguageWords.QuotationMarks found = null;
                int at = -1;
                for (LanguageWords.QuotationMarks m : words.quotationMarks) {
                    int o = text.indexOf(m.open(), i);
                    if (o >= 0 && o < seg.end() && (at < 0 || o < at)) { at = o; found = m; }
                }
                if (found == null) break;
                int close = text.indexOf(found.close(), at + found.open().length());
                if (close < 0 || close > seg.end()) { i = at + found.open().length(); continue; }
                TextRef inner = trimmedSpaces(text, new TextRef(at + found.open().length(), close));
                long letters = inner.of(text).codePoints().filter(Character::isLetter)
                        .map(c -> Character.isIdeographic(c) ? 3 : 1).sum();
                if (letters >= MIN_QUOTE_LETTERS) out.add(inner);
                i = close + found.close().length();
            }
        }
        return out;
    }

    private static TextRef trimmedSpaces(String text, TextRef r) {
        int s = r.start(), e = r.end();
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '\u00a0' || text.charAt(s) == '\u202f')) s++;
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '\u00a0' || text.charAt(e - 1) == '\u202f')) e--;
        return new TextRef(s, e);
    }

    private record Speaker(String key, TextRef source, Optional<TextRef> cue, double confidence) {}

    /**
     * The speaker of a quotation: a person (or else an organization) named in the same sentence beside a verb of
     * saying, after the quotation ("», dijo Sánchez.") or before it ("Sánchez declaró: «"); a pronoun there
     * ("sagte er", "他说") stands for the person named last before the quotation. No verb of saying, no speaker:
     * a quotation of a document or a slogan is not a statement.
     */
    private Optional<Speaker> speaker(String prose, TextRef q, List<Named> named, Map<TextRef, String> keyAt) {
        TextRef after = after(prose, q), before = before(prose, q);
        for (TextRef window : List.of(after, before)) {
            Optional<TextRef> cue = cue(prose, window);
            boolean colon = window == before && prose.substring(window.start(), window.end()).stripTrailing().matches("(?s).*[:：]\\s*\\S?$");
            if (cue.isEmpty() && !colon) continue;
            Optional<Named> who = named.stream().filter(n -> window.contains(n.where)).min(Comparator
                    .comparingInt((Named n) -> n.kind == EntityKind.PERSON ? 0 : 1)
                    .thenComparingInt(n -> window == after ? n.where.start() - q.end() : q.start() - n.where.end()));
            if (who.isPresent()) return Optional.of(new Speaker(keyAt.get(who.get().where), who.get().where, cue, 0.8));
            Optional<TextRef> pronoun = pronoun(prose, window);
            if (pronoun.isPresent()) {
                Optional<Named> last = named.stream().filter(n -> n.kind == EntityKind.PERSON && n.where.end() <= q.start())
                        .max(Comparator.comparingInt(n -> n.where.start()));
                if (last.isPresent()) return Optional.of(new Speaker(keyAt.get(last.get().where), pronoun.get(), cue, 0.6));
            }
        }
        return Optional.empty();
    }

    /** From the quotation's closing mark to the end of its sentence, at most {@link #WINDOW} characters. */
    private static TextRef after(String prose, TextRef q) {
        int s = Math.min(prose.length(), q.end() + 1), e = s;
        while (e < prose.length() && e - s < WINDOW) {
            char c = prose.charAt(e);
            if (c == '\n' || c == '。' || c == '！' || c == '？' || ((c == '.' || c == '!' || c == '?') && (e + 1 >= prose.length() || Character.isWhitespace(prose.charAt(e + 1))))) break;
            if (isOpeningMark(c)) break; // the next quotation begins
            e++;
        }
        return new TextRef(s, e);
    }

    /** From the start of the quotation's sentence (or the previous quotation) to its opening mark. */
    private static TextRef before(String prose, TextRef q) {
        int e = Math.max(0, q.start() - 1), s = e;
        while (s > 0 && e - s < WINDOW) {
            char c = prose.charAt(s - 1);
            if (c == '\n' || c == '。' || c == '！' || c == '？' || ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(prose.charAt(s)))) break;
            if (isClosingMark(c)) break;
            s--;
        }
        return new TextRef(s, e);
    }

    private static boolean isOpeningMark(char c) { return c == '«' || c == '„' || c == '“' || c == '「' || c == '『'; }
    private static boolean isClosingMark(char c) { return c == '»' || c == '”' || c == '」' || c == '』'; }

    private Optional<TextRef> cue(String prose, TextRef window) {
        String w = window.of(prose);
        TextRef best = null;
        for (String verb : words.speechVerbs)
            for (TextRef r : WrittenDates.wordsAt(w, verb))
                if (best == null || r.start() < best.start()) best = r;
        return Optional.ofNullable(best).map(r -> new TextRef(window.start() + r.start(), window.start() + r.end()));
    }

    private Optional<TextRef> pronoun(String prose, TextRef window) {
        String w = window.of(prose);
        for (String p : words.pronouns)
            for (TextRef r : WrittenDates.wordsAt(w, p)) return Optional.of(new TextRef(window.start() + r.start(), window.start() + r.end()));
        return Optional.empty();
    }

    /**
     * The meeting: named by the first meeting noun of the headline or body (a German or Chinese compound ending in
     * one counts), dated by the date its sentence states, or else the first date of the text.
     */
    private Optional<MeetingFact> meeting(Article article, String prose, Optional<LocalDate> published) {
        Optional<TextRef> noun = meetingNoun(prose);
        if (noun.isEmpty()) return Optional.empty();
        List<WrittenDates.WrittenDate> found = dates.find(prose, published);
        TextRef sentence = sentenceAround(prose, noun.get());
        Optional<WrittenDates.WrittenDate> date = found.stream().filter(d -> sentence.contains(d.where())).findFirst()
                .or(() -> found.stream().findFirst());
        // a report that writes no date tells of a meeting of its own day (a release "today")
        Optional<String> iso = date.map(WrittenDates.WrittenDate::iso).or(() -> published.map(LocalDate::toString));
        return Optional.of(new MeetingFact("meeting-1", noun.get().of(article.text()), Optional.empty(),
                iso, date.map(WrittenDates.WrittenDate::where), Optional.empty(), noun.get()));
    }

    private Optional<TextRef> meetingNoun(String prose) {
        String lower = prose.toLowerCase(Locale.ROOT);
        boolean compounds = language == ModelLanguage.GERMAN || language == ModelLanguage.CHINESE;
        TextRef best = null;
        for (int s = 0; s < lower.length(); ) {
            int cp = lower.codePointAt(s);
            if (!Character.isLetter(cp)) { s += Character.charCount(cp); continue; }
            int e = s;
            while (e < lower.length() && Character.isLetter(lower.codePointAt(e)) && !Character.isIdeographic(lower.codePointAt(e))) e += Character.charCount(lower.codePointAt(e));
            if (e == s) { // a run of ideographs: a noun ends wherever it ends
                for (String n : words.meetingNouns) if (lower.startsWith(n, s)) { best = new TextRef(s, s + n.length()); break; }
                if (best != null) break;
                s += Character.charCount(cp);
                continue;
            }
            String word = lower.substring(s, e);
            for (String n : words.meetingNouns)
                if (word.equals(n) || (compounds && word.endsWith(n) && word.length() > n.length() + 2)) { best = new TextRef(s, e); break; }
            if (best != null) break;
            s = e;
        }
        return Optional.ofNullable(best);
    }

    private static TextRef sentenceAround(String prose, TextRef r) {
        int s = r.start(), e = r.end();
        while (s > 0 && !endsSentence(prose, s - 1)) s--;
        while (e < prose.length() && !endsSentence(prose, e)) e++;
        return new TextRef(s, e);
    }

    /** A full stop after a number is an ordinal's ("12. März"), not a sentence's end. */
    private static boolean endsSentence(String prose, int i) {
        char c = prose.charAt(i);
        if (c == '.') return i == 0 || !Character.isDigit(prose.charAt(i - 1));
        return "。!?！？\n".indexOf(c) >= 0;
    }

    private static Optional<LocalDate> isoDate(String s) {
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
