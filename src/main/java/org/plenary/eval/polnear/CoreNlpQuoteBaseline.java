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
 * Stanford CoreNLP's own quotation finder and attribution, out of the box (with its default coreference, which
 * the attribution needs): the baseline row. It finds only quotations, so it has no reported speech.
 */
public final class CoreNlpQuoteBaseline {
    private final StanfordCoreNLP corenlp;

    public CoreNlpQuoteBaseline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        corenlp = new StanfordCoreNLP(p);
    }

    public List<PredictedAttribution> find(String text) {
        CoreDocument doc = new CoreDocument(text);
        corenlp.annotate(doc);
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
