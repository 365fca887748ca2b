package org.plenary.extract;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Which language a text is written in, by Lingua (its n-gram models of 75 languages). Low-accuracy mode: trigram
 * models only, a fraction of the memory of the full models, and reliable on a paragraph or more, which is what an
 * article is; a text too short to tell ({@link #MIN_LETTERS}) gets no answer rather than a guess.
 */
public final class LanguageDetection {
    /**
     * Fewer letters than this are too few to tell a language by (a headline, a list of names); a Chinese or Japanese
     * character counts three, as it stands for about a word.
     */
    public static final int MIN_LETTERS = 60;

    /**
     * A language the text is written in, with Lingua's confidence (0..1, relative to the other languages).
     *
     * @param tag ISO 639-1 code ("es")
     */
    public record Detected(String tag, String name, double confidence) {}

    private static volatile LanguageDetector detector;

    private LanguageDetection() {}

    private static LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d == null) {
            synchronized (LanguageDetection.class) {
                if (detector == null) detector = LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build();
                d = detector;
            }
        }
        return d;
    }

    /** The most likely language of the text, or empty when it is too short or Lingua cannot tell. */
    public static Optional<Detected> detect(String text) {
        if (text.codePoints().filter(Character::isLetter).map(c -> Character.isIdeographic(c) ? 3 : 1).sum() < MIN_LETTERS) return Optional.empty();
        SortedMap<Language, Double> values = detector().computeLanguageConfidenceValues(text);
        if (values.isEmpty()) return Optional.empty();
        Map.Entry<Language, Double> top = values.entrySet().iterator().next();
        Language l = top.getKey();
        if (l == Language.UNKNOWN) return Optional.empty();
        String tag = l.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return Optional.of(new Detected(tag, name.isEmpty() ? l.name() : name, top.getValue()));
    }
}
