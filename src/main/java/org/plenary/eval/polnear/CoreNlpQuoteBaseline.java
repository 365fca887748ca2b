package org.plenary.eval.polnear;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.plenary.extract.TextRef;

/**
 * Stanford CoreNLP's own quotation finder and attribution, out of the box but for the choice of its fast neural
 * coreference (which the attribution needs): the baseline row. It finds only quotations, so it has no reported speech.
 */
public final class CoreNlpQuoteBaseline {
    private final StanfordCoreNLP corenlp;

    public CoreNlpQuoteBaseline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        // the default (statistical) coreference grows with the square of an article's mentions and took minutes
        // on PolNeAR's longest articles; CoreNLP's fast neural model is its documented faster choice
        p.setProperty("coref.algorithm", "fastneural");
        corenlp = new StanfordCoreNLP(p);
    }

    public List<PredictedAttribution> find(String text) {
        CoreDocument doc = new CoreDocument(text);
        // its quote attribution prints a line to standard error for each quotation it cannot attribute
        java.io.PrintStream err = System.err;
        System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            corenlp.annotate(doc);
        } finally {
            System.setErr(err);
        }
        List<PredictedAttribution> out = new ArrayList<>();
        for (CoreQuote q : doc.quotes()) {
            var o = q.quoteCharOffsets();
            int s = o.first, e = o.second;
            if (s < e && "\"“”'‘’".indexOf(text.charAt(s)) >= 0) s++;
            if (e > s && "\"“”'‘’".indexOf(text.charAt(e - 1)) >= 0) e--;
            List<TextRef> speaker = new ArrayList<>();
            q.speakerCharOffsets().ifPresent(x -> speaker.add(new TextRef(x.first, x.second)));
            q.canonicalSpeakerCharOffsets().ifPresent(x -> speaker.add(new TextRef(x.first, x.second)));
            out.add(new PredictedAttribution(new TextRef(s, e), true, speaker, Optional.empty()));
        }
        return out;
    }
}
