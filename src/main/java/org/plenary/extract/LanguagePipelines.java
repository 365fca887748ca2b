package org.plenary.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * CoreNLP pipelines for the languages other than English, each loaded the first time an article in that language
 * appears and then kept for the run (shared by every thread, as {@link NlpPipeline} is for English). Each starts
 * from CoreNLP's own settings for the language (the properties file in its models jar) with only the annotators
 * {@link LanguageModelExtractor} reads: tokens, sentences, multi-word tokens, part of speech and named entities.
 * Parsing, lemmas, KBP and coreference are left out: nothing reads them, and the parsers alone are 50-290 MB models.
 */
public final class LanguagePipelines {
    private static final Map<ModelLanguage, StanfordCoreNLP> LOADED = new EnumMap<>(ModelLanguage.class);

    private LanguagePipelines() {}

    /** Annotates text with the language's pipeline, loading it first if no article in it came before. */
    public static CoreDocument annotate(ModelLanguage language, String text) {
        return annotate(language, text, null);
    }

    /**
     * The same; {@code loadReport}, if not null, is told how long loading the models took and how much heap they
     * took ({@code --verbose}; the heap is measured after a collection, so only when asked).
     */
    public static CoreDocument annotate(ModelLanguage language, String text, Consumer<String> loadReport) {
        CoreDocument doc = new CoreDocument(text);
        pipeline(language, loadReport).annotate(doc);
        return doc;
    }

    /**
     * Lets go of every loaded pipeline: the next article in a language loads its models again. For a JVM that goes on
     * with other work after a build (the test JVM, which also holds English's models, has a fixed heap).
     */
    public static synchronized void release() { LOADED.clear(); }

    /** Whether the language's pipeline is already loaded. */
    public static synchronized boolean loaded(ModelLanguage language) { return LOADED.containsKey(language); }

    private static synchronized StanfordCoreNLP pipeline(ModelLanguage language, Consumer<String> loadReport) {
        StanfordCoreNLP p = LOADED.get(language);
        if (p != null) return p;
        Runtime rt = Runtime.getRuntime();
        if (loadReport != null) System.gc();
        long heap = rt.totalMemory() - rt.freeMemory(), t0 = System.nanoTime();
        p = new StanfordCoreNLP(settings(language));
        LOADED.put(language, p);
        if (loadReport != null) {
            long seconds10 = (System.nanoTime() - t0) / 100_000_000;
            System.gc();
            long mb = Math.max(0, rt.totalMemory() - rt.freeMemory() - heap) >> 20;
            loadReport.accept(language.displayName() + " models loaded in " + seconds10 / 10 + "." + seconds10 % 10 + " s, heap +" + mb + " MB");
        }
        return p;
    }

    /** CoreNLP's properties for the language, narrowed to the annotators extraction reads. */
    static Properties settings(ModelLanguage language) {
        String resource = language.propertiesResource().orElseThrow(() -> new IllegalArgumentException(language + " uses NlpPipeline"));
        Properties p = new Properties();
        try (InputStream in = LanguagePipelines.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(language.displayName() + " models are not installed (" + language.modelsJar() + ")");
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean mwt = p.getProperty("mwt.mappingFile") != null;
        p.setProperty("annotators", mwt ? "tokenize,ssplit,mwt,pos,ner" : "tokenize,ssplit,pos,ner");
        p.setProperty("tokenize.options", "invertible=true");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // fine-grained classes come from KBP gazetteers (titles, nationalities, religions): persons and organizations
        // are the coarse classes, and SUTime's dates are read by WrittenDates in every language alike
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        // Chinese: the small word segmenter of the same jar (83 MB instead of 329 MB compressed): 1.0 GB of heap and
        // 23 s to load instead of 1.8 GB and 32 s (measured, README "Languages")
        if (p.getProperty("segment.model") != null) p.setProperty("segment.model", "edu/stanford/nlp/models/segmenter/chinese/ctb.small.gz");
        return p;
    }
}
