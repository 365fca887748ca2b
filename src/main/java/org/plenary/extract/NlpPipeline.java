package org.plenary.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
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

    private NlpPipeline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,quote");
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("quote.attributeQuotes", "false");
        p.setProperty("quote.extractUnclosedQuotes", "false");
        corenlp = new StanfordCoreNLP(p);
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
        if (documentDate != null) doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, documentDate);
        corenlp.annotate(doc);
        return doc;
    }
}
