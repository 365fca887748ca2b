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
import java.util.List;
import java.util.Optional;
import org.plenary.text.Slugs;

/**
 * Reads one article file as received. A text file's text is decoded strictly as UTF-8 and kept exactly, so that
 * offsets computed on it point into the file; a saved web page or a PDF is read by its format's reader
 * ({@link HtmlPageReader}, {@link PdfDocumentReader}), whose extracted text is then the text offsets count in. Anything
 * that cannot be read as an article is refused with the file named and the reason, in one line.
 */
public final class ArticleReader {
    /** Larger files are refused: no meeting report is this long, and the NLP stage would need a large heap. */
    public static final long MAX_BYTES = 2_000_000;
    /** Saved pages and PDFs carry markup, scripts, images and fonts besides their text: their files may be larger. */
    public static final long MAX_DOCUMENT_BYTES = 50_000_000;

    private final SourceCatalogue catalogue;
    private final FetchArchive fetched;
    private final ArticleSegmenter segmenter = new ArticleSegmenter();

    public ArticleReader(SourceCatalogue catalogue) { this(catalogue, FetchArchive.empty()); }

    /** A reader that also says where and when the files {@code plenary fetch} wrote were retrieved. */
    public ArticleReader(SourceCatalogue catalogue, FetchArchive fetched) {
        this.catalogue = catalogue;
        this.fetched = fetched;
    }

    public Article read(Path file) {
        ArticleFormat.of(file).orElseThrow(() -> new ArticleException(file + ": " + unsupported(file)));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleException(file + ": cannot read: " + e.getMessage(), e);
        }
        return read(file, bytes);
    }

    /**
     * The article of a file's bytes read elsewhere (a distributed file system): {@code file} gives its name, format
     * and the place errors name. The same article as {@link #read(Path)} of a file with these bytes.
     */
    public Article read(Path file, byte[] bytes) {
        ArticleFormat format = ArticleFormat.of(file).orElseThrow(() -> new ArticleException(file + ": " + unsupported(file)));
        long limit = format == ArticleFormat.TEXT ? MAX_BYTES : MAX_DOCUMENT_BYTES;
        if (bytes.length > limit)
            throw new ArticleException(file + ": " + bytes.length + " bytes is larger than the limit of " + limit + " bytes for one article");
        if (bytes.length == 0) throw new ArticleException(file + ": empty file");
        ReceivedText received = switch (format) {
            case TEXT -> new ReceivedText(decode(file, bytes), SourceMetadata.EMPTY, List.of());
            case HTML -> HtmlPageReader.read(file, bytes);
            case PDF -> PdfDocumentReader.read(file, bytes);
        };
        String text = received.text();
        if (text.isBlank()) throw new ArticleException(file + ": empty article (no text)");
        if (text.length() > MAX_BYTES)
            throw new ArticleException(file + ": its text (" + text.length() + " characters) is longer than the limit of " + MAX_BYTES + " for one article");
        int nul = text.indexOf('\0');
        if (nul >= 0) throw new ArticleException(file + ": binary content (NUL character) at line " + lineOf(text, nul));
        String fileName = file.getFileName().toString();
        String id = idOf(fileName);
        var segmentation = segmenter.segment(text, received.markup());
        // the catalogue overrides what the file states, which overrides what the segmenter read from the lines
        SourceMetadata meta = catalogue.lookup(fileName).orElse(received.stated()).orElse(segmentation.metadata());
        String fileSha = sha256(bytes);
        Optional<Retrieval> retrieval = fetched.retrievalOf(fileName, fileSha);
        // a fetched page that states no canonical address is published at the address it was retrieved from
        if (retrieval.isPresent() && meta.url().isEmpty())
            meta = meta.orElse(new SourceMetadata(Optional.empty(), Optional.of(retrieval.get().url()), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        return new Article(id, fileName, text, fileSha, sha256(text.getBytes(StandardCharsets.UTF_8)),
                format.mediaType(), meta, segmentation.segments(), retrieval);
    }

    /** Why a file of the articles folder is not read as an article, or empty if it is one. */
    public static Optional<String> skipReason(Path p) {
        String n = p.getFileName().toString();
        if (Files.isDirectory(p)) return Optional.of("a folder (articles are read from the folder itself, not from folders in it)");
        if (!Files.isRegularFile(p)) return Optional.of("not a regular file");
        if (n.startsWith(".")) return Optional.of("a hidden file");
        if (ArticleFormat.of(p).isEmpty()) return Optional.of(unsupported(p));
        if (!Files.isReadable(p)) return Optional.of("cannot read it (no permission)");
        return Optional.empty();
    }

    private static String unsupported(Path p) {
        String ext = ArticleFormat.extension(p.getFileName().toString());
        return (ext.isEmpty() ? "no file name extension" : "unsupported format (." + ext + ")")
                + "; articles are " + ArticleFormat.supported() + " files";
    }

    /** The source id of a file: its name without extension, made IRI-safe. */
    public static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return Slugs.slug(dot > 0 ? fileName.substring(0, dot) : fileName);
    }

    public static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && !n.startsWith(".") && ArticleFormat.of(p).isPresent();
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
