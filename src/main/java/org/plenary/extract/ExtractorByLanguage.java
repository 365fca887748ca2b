package org.plenary.extract;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.plenary.ingest.Article;

/**
 * The extract stage over articles of any language: reads each article's language ({@link ArticleLanguage}) and
 * hands it to the English rule stages or to {@link LanguageModelExtractor} for that language, whose models load when
 * the first article in it appears. An article in a language Plenary cannot extract, or whose models are not
 * installed, is kept as a source without facts and a notice naming the language: rules of another language would
 * only turn it into nonsense.
 */
public final class ExtractorByLanguage {
    private final ArticleExtractor english;
    private final Map<ModelLanguage, LanguageModelExtractor> others = new EnumMap<>(ModelLanguage.class);

    private final Consumer<String> loadReport;

    public ExtractorByLanguage(ArticleExtractor english) { this(english, null); }

    /** {@code loadReport}: told each language's models' load time and heap as they load ({@code --verbose}). */
    public ExtractorByLanguage(ArticleExtractor english, Consumer<String> loadReport) {
        this.english = english;
        this.loadReport = loadReport;
    }

    public ArticleExtraction extract(Article article) {
        ArticleLanguage language = ArticleLanguage.of(article);
        Optional<ModelLanguage> model = ModelLanguage.of(language.tag());
        if (model.isEmpty())
            return ArticleExtraction.withoutFacts(article, Optional.of(language.tag()), joined(language.notice(),
                    "written in " + language.described() + ", which Plenary cannot extract (it extracts " + supported()
                            + "): kept as a source without facts"));
        if (!model.get().installed())
            return ArticleExtraction.withoutFacts(article, Optional.of(language.tag()), joined(language.notice(),
                    "written in " + language.described() + ", but CoreNLP's " + model.get().displayName() + " models are not installed ("
                            + model.get().modelsJar() + " in lib/ beside plenary.jar, or on the classpath): kept as a source without facts"));
        ArticleExtraction x = model.get() == ModelLanguage.ENGLISH ? english.extract(article) : other(model.get()).extract(article);
        return x.readAs(language.tag(), language.notice());
    }

    private synchronized LanguageModelExtractor other(ModelLanguage l) {
        return others.computeIfAbsent(l, x -> new LanguageModelExtractor(x, loadReport));
    }

    private static String supported() {
        return Arrays.stream(ModelLanguage.values()).map(l -> l.displayName() + " (" + l.tag() + ")").collect(Collectors.joining(", "));
    }

    private static String joined(Optional<String> first, String then) { return first.map(f -> f + "; " + then).orElse(then); }
}
