package org.plenary.extract;

import java.util.Locale;
import java.util.Optional;
import org.plenary.ingest.Article;

/**
 * The language an article is read as. Its text decides (Lingua, {@link LanguageDetection}) when the detector is sure
 * of it; else the language the article states (a page's {@code lang}, the catalogue's {@code pl:language}); else
 * English, as a text too short to tell always was. A stated language its text contradicts is named in a notice:
 * pages often state their site's language, not the article's.
 *
 * @param tag      ISO 639-1 code of the language read as
 * @param stated   the language the article states, as stated
 * @param detected what its text reads as
 * @param notice   the disagreement between the two, if any
 */
public record ArticleLanguage(String tag, Optional<String> stated, Optional<LanguageDetection.Detected> detected,
                              Optional<String> notice) {
    /** Below this confidence the detector's answer does not override a stated language. */
    public static final double SURE = 0.6;

    public static ArticleLanguage of(Article article) {
        Optional<String> stated = article.metadata().language().filter(s -> !s.isBlank());
        Optional<String> statedPrimary = stated.map(s -> s.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0]);
        Optional<LanguageDetection.Detected> detected = LanguageDetection.detect(ParsedText.prose(article, true));
        Optional<LanguageDetection.Detected> sure = detected.filter(d -> d.confidence() >= SURE);
        if (sure.isPresent()) {
            LanguageDetection.Detected d = sure.get();
            Optional<String> notice = statedPrimary.filter(s -> !s.equals(d.tag())).map(s -> String.format(Locale.ROOT,
                    "states its language as %s but its text reads as %s (%s, confidence %.2f): read as %s",
                    stated.get(), d.name(), d.tag(), d.confidence(), d.name()));
            return new ArticleLanguage(d.tag(), stated, detected, notice);
        }
        return new ArticleLanguage(statedPrimary.orElse(ModelLanguage.ENGLISH.tag()), stated, detected, Optional.empty());
    }

    /** "Finnish (fi)". */
    public String described() {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return (name.isEmpty() ? tag : name) + " (" + tag + ")";
    }
}
