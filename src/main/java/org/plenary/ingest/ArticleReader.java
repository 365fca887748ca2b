package org.plenary.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.plenary.text.Slugs;

/**
 * Reads one article file as received. The text is decoded strictly as UTF-8 and kept exactly, so that offsets
 * computed on it point into the file; anything that is not a text article is refused with the file named.
 */
public final class ArticleReader {
    /** Larger files are refused: no meeting report is this long, and the NLP stage would need a large heap. */
    public static final long MAX_BYTES = 2_000_000;

    private final SourceCatalogue catalogue;
    private final ArticleSegmenter segmenter = new ArticleSegmenter();

    public ArticleReader(SourceCatalogue catalogue) { this.catalogue = catalogue; }

    public Article read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (bytes.length > MAX_BYTES)
            throw new ArticleException(file + ": " + bytes.length + " bytes is larger than the limit of " + MAX_BYTES + " bytes for one article");
        String text = decode(file, bytes);
        if (text.isBlank()) throw new ArticleException(file + ": empty article (no text)");
        int nul = text.indexOf('\0');
        if (nul >= 0) throw new ArticleException(file + ": binary content (NUL character) at line " + lineOf(text, nul));
        String fileName = file.getFileName().toString();
        String id = idOf(fileName);
        var segmentation = segmenter.segment(text);
        SourceMetadata meta = catalogue.lookup(fileName).orElse(segmentation.metadata());
        return new Article(id, fileName, text, sha256(bytes), meta, segmentation.segments());
    }

    /** The source id of a file: its name without extension, made IRI-safe. */
    public static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return Slugs.slug(dot > 0 ? fileName.substring(0, dot) : fileName);
    }

    public static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && !n.startsWith(".") && (n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".markdown"));
    }

    private static String decode(Path file, byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return dec.decode(in).toString();
        } catch (MalformedInputException e) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at && i < bytes.length; i++) if (bytes[i] == '\n') line++;
            throw new ArticleException(file + ": not valid UTF-8 at byte " + at + " (line " + line + ")", e);
        } catch (CharacterCodingException e) {
            throw new ArticleException(file + ": not valid UTF-8: " + e.getMessage(), e);
        }
    }

    static int lineOf(String text, int charOffset) {
        int line = 1;
        for (int i = 0; i < charOffset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
