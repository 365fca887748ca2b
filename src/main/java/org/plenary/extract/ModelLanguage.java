package org.plenary.extract;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages Plenary extracts, each with the CoreNLP models it needs: English with the rule stages of
 * {@link ArticleExtractor}, the others with {@link LanguageModelExtractor} (their models jars, word lists under
 * {@code languages/<tag>/}).
 */
public enum ModelLanguage {
    ENGLISH("en", null, null),
    SPANISH("es", "StanfordCoreNLP-spanish.properties", "models-spanish"),
    FRENCH("fr", "StanfordCoreNLP-french.properties", "models-french"),
    GERMAN("de", "StanfordCoreNLP-german.properties", "models-german"),
    CHINESE("zh", "StanfordCoreNLP-chinese.properties", "models-chinese");

    private final String tag;
    private final String properties;
    private final String classifier;

    ModelLanguage(String tag, String properties, String classifier) {
        this.tag = tag;
        this.properties = properties;
        this.classifier = classifier;
    }

    /** The ISO 639-1 code, as {@code dcterms:language} records it. */
    public String tag() { return tag; }

    /** CoreNLP's settings for the language, at the root of its models jar (none for English: the default). */
    public Optional<String> propertiesResource() { return Optional.ofNullable(properties); }

    /** The models jar's file name on Maven Central, to name in a message when it is missing. */
    public String modelsJar() {
        return "stanford-corenlp-4.5.10-" + (classifier == null ? "models" : classifier) + ".jar";
    }

    /** "Spanish". */
    public String displayName() { return Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH); }

    /** The language of a BCP 47 tag's primary subtag ("es-MX" is Spanish), if Plenary extracts it. */
    public static Optional<ModelLanguage> of(String languageTag) {
        String primary = languageTag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (ModelLanguage l : values()) if (l.tag.equals(primary)) return Optional.of(l);
        return Optional.empty();
    }

    /** Whether its models jar is on the classpath (the language jars are not inside the shaded jar). */
    public boolean installed() {
        return properties == null || ModelLanguage.class.getClassLoader().getResource(properties) != null;
    }
}
