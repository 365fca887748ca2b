package org.plenary.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of article file a build reads, by file name extension, with the media type each is published as. */
public enum ArticleFormat {
    /** Plain text and Markdown: the file's text is the article's text. */
    TEXT("text/plain", "txt", "md", "markdown"),
    /** A saved web page: its main text and the metadata it states. */
    HTML("text/html", "html", "htm"),
    /** A PDF document: its text, page by page. */
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final List<String> extensions;

    ArticleFormat(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() { return mediaType; }

    public List<String> extensions() { return extensions; }

    /** The format of a file by its extension (case ignored), if a build reads it. */
    public static Optional<ArticleFormat> of(Path file) {
        String ext = extension(file.getFileName().toString());
        for (ArticleFormat f : values()) if (f.extensions.contains(ext)) return Optional.of(f);
        return Optional.empty();
    }

    /** Every extension a build reads, as ".txt, .md, ..." for messages. */
    public static String supported() {
        StringBuilder b = new StringBuilder();
        for (ArticleFormat f : values())
            for (String e : f.extensions) b.append(b.length() == 0 ? "" : ", ").append('.').append(e);
        return b.toString();
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
