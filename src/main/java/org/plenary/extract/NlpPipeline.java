package org.plenary.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.Properties;

/**
 * Stanford CoreNLP, loaded once per JVM (loading takes 10-15 s and over 1 GB), shared by every article.
 * Annotators: tokens, sentences, part of speech, lemmas, named entities (fine-grained, with SUTime dates),
 * enhanced dependencies and quotations. Quote attribution is Plenary's own (see {@link StatementFinder}):
 * CoreNLP's needs coreference and falls back to the most frequent person.
 */
public final class NlpPipeline {
    private static volatile NlpPipeline shared;

    private final StanfordCoreNLP corenlp;
    /** Run apart from the others: it fails on a text without tokens (see {@link #annotate}). */
    private final QuoteAnnotator quotes;

    private NlpPipeline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("quote.attributeQuotes", "false");
        p.setProperty("quote.extractUnclosedQuotes", "false");
        corenlp = new StanfordCoreNLP(p);
        quotes = new QuoteAnnotator("quote", p);
    }

    private static boolean isIsoDate(String s) {
        try {
            java.time.LocalDate.parse(s);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    public static NlpPipeline shared() {
        NlpPipeline p = shared;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                if (shared == null) shared = new NlpPipeline();
                p = shared;
            }
        }
        return p;
    }

    /**
     * Annotates text. {@code documentDate} (ISO date, may be null) lets SUTime resolve "on Tuesday" or "May 20".
     */
    public CoreDocument annotate(String text, String documentDate) {
        CoreDocument doc = new CoreDocument(text);
        // SUTime throws on a date it cannot parse and logs a stack trace for every sentence: an ill-typed catalogue
        // date ("2025-13-45") is no document date
        if (documentDate != null && isIsoDate(documentDate)) doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, documentDate);
        Annotation a = doc.annotation();
        corenlp.annotate(a);
        // CoreNLP's quote annotator throws IndexOutOfBoundsException (QuoteAnnotator.xmlFreeText) on a text without
        // a token, which is what an article whose only lines are a byline, credits or invisible characters gives:
        // such a text holds no quotation.
        if (a.get(CoreAnnotations.TokensAnnotation.class).isEmpty()) a.set(CoreAnnotations.QuotationsAnnotation.class, new ArrayList<>());
        else quotes.annotate(a);
        doc.wrapAnnotations();
        return doc;
    }
}
