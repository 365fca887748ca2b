package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plenary.ingest.Article;
import org.plenary.ingest.Segment;

/**
 * An article after NLP: CoreNLP's annotations over the article's prose (non-prose segments blanked out with
 * spaces so that every offset is an offset into the file), with the look-ups the extraction rules need.
 */
public final class ParsedText {
    private final Article article;
    private final CoreDocument doc;
    private final List<CoreLabel> tokens = new ArrayList<>();
    private final int[] sentenceStart;
    private final List<TextRef> quotes = new ArrayList<>();
    private final int[] lineStarts;

    ParsedText(Article article, CoreDocument doc) {
        this.article = article;
        this.doc = doc;
        sentenceStart = new int[doc.sentences().size()];
        for (int i = 0; i < doc.sentences().size(); i++) {
            sentenceStart[i] = tokens.size();
            tokens.addAll(doc.sentences().get(i).tokens());
        }
        List<TextRef> paragraphQuotes = ParagraphQuotes.find(article.text());
        for (CoreQuote q : doc.quotes()) {
            var o = q.quoteCharOffsets();
            TextRef r = new TextRef(o.first, o.second);
            if (paragraphQuotes.stream().noneMatch(r::overlaps)) quotes.add(r);
        }
        quotes.addAll(paragraphQuotes);
        quotes.sort(java.util.Comparator.comparingInt(TextRef::start));
        List<Integer> ls = new ArrayList<>();
        ls.add(0);
        String t = article.text();
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) == '\n') ls.add(i + 1);
        lineStarts = ls.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The article's text with everything that is not prose replaced by spaces (newlines kept). */
    public static String prose(Article article, boolean includeTitle) {
        return prose(article, includeTitle, List.of());
    }

    /** The prose, and besides it the given lines (lists the layout took for headings). */
    public static String prose(Article article, boolean includeTitle, List<TextRef> alsoRead) {
        char[] c = article.text().toCharArray();
        for (Segment s : article.segments()) {
            boolean keep = s.kind() == org.plenary.ingest.SegmentKind.BODY
                    || (includeTitle && s.kind() == org.plenary.ingest.SegmentKind.TITLE)
                    || alsoRead.contains(new TextRef(s.start(), s.end()));
            if (!keep) for (int i = s.start(); i < s.end(); i++) if (c[i] != '\n' && c[i] != '\r') c[i] = ' ';
        }
        return new String(c);
    }

    public Article article() { return article; }
    public String text() { return article.text(); }
    public CoreDocument document() { return doc; }
    public List<CoreLabel> tokens() { return tokens; }
    public List<CoreSentence> sentences() { return doc.sentences(); }
    public List<TextRef> quotes() { return quotes; }

    public CoreSentence sentence(int i) { return doc.sentences().get(i); }
    public SemanticGraph graph(int sentence) { return sentence(sentence).dependencyParse(); }

    /** Global index of a sentence's token (1-based index within the sentence, as in dependency graphs). */
    public int global(int sentence, int indexInSentence) { return sentenceStart[sentence] + indexInSentence - 1; }
    public CoreLabel token(int global) { return tokens.get(global); }
    public int sentenceOf(int global) { return tokens.get(global).sentIndex(); }
    public int firstToken(int sentence) { return sentenceStart[sentence]; }
    public int lastToken(int sentence) { return sentenceStart[sentence] + sentence(sentence).tokens().size() - 1; }

    public TextRef sentenceRef(int sentence) {
        return new TextRef(token(firstToken(sentence)).beginPosition(), token(lastToken(sentence)).endPosition());
    }

    /** The global index of the token that starts at or covers the char offset, or -1. */
    public int tokenAt(int charOffset) {
        int lo = 0, hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            CoreLabel t = tokens.get(mid);
            if (t.endPosition() <= charOffset) lo = mid + 1;
            else if (t.beginPosition() > charOffset) hi = mid - 1;
            else return mid;
        }
        return lo < tokens.size() ? lo : -1;
    }

    /** The paragraph (line of the file) a char offset is on. */
    public int paragraphOf(int charOffset) {
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= charOffset) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    /** Whether the char offset lies in the article's headline. */
    public boolean inTitle(int charOffset) {
        for (Segment s : article.segments())
            if (s.kind() == org.plenary.ingest.SegmentKind.TITLE && s.start() <= charOffset && charOffset < s.end()) return true;
        return false;
    }

    public boolean insideQuote(int charOffset) {
        for (TextRef q : quotes) if (q.start() <= charOffset && charOffset < q.end()) return true;
        return false;
    }

    public static boolean capitalized(CoreLabel t) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    public static String lemma(CoreLabel t) { return t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT); }
}
