package org.plenary.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF with Apache PDFBox: its text in reading order, one paragraph per line (the lines of a paragraph joined,
 * as the segmenter reads a line as a paragraph), paragraphs and pages separated by blank lines, lines that are only a
 * page number and running heads and feet repeated on the pages dropped; and what the document states about itself (title, author, language).
 */
final class PdfDocumentReader {
    /** Marks where PDFBox ended a line inside a paragraph, so that the lines can be joined afterwards. */
    private static final String LINE = "\u2028";

    private PdfDocumentReader() {}

    static ReceivedText read(Path file, byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent())
                throw new ArticleException(file + ": encrypted PDF that does not permit extracting its text");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator(LINE);
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("\n");
            List<List<String>> pages = new ArrayList<>();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(paragraphs(stripper.getText(pdf)));
            }
            String text = String.join("\n\n", withoutRunningHeads(pages));
            if (text.isBlank()) throw new ArticleException(file + ": PDF without text (scanned pages need OCR first)");
            return new ReceivedText(text, stated(pdf), List.of());
        } catch (InvalidPasswordException e) {
            throw new ArticleException(file + ": encrypted PDF (it needs a password)", e);
        } catch (IOException e) {
            throw new ArticleException(file + ": not a readable PDF: " + e.getMessage(), e);
        }
    }

    /**
     * The pages' paragraphs without running heads and feet: a paragraph at the top or the foot of at least two pages
     * and of half of them (digits aside, so "Page 3 of 9" and dated heads match) is the document's furniture.
     */
    static List<String> withoutRunningHeads(List<List<String>> pages) {
        java.util.Map<String, Integer> atEdges = new java.util.HashMap<>();
        for (List<String> page : pages) {
            java.util.Set<String> edges = new java.util.HashSet<>();
            for (int i = 0; i < page.size(); i++)
                if (i < 2 || i >= page.size() - 2) edges.add(shape(page.get(i)));
            for (String e : edges) atEdges.merge(e, 1, Integer::sum);
        }
        List<String> out = new ArrayList<>();
        for (List<String> page : pages)
            for (int i = 0; i < page.size(); i++) {
                int n = atEdges.getOrDefault(shape(page.get(i)), 0);
                boolean edge = i < 2 || i >= page.size() - 2;
                if (!(edge && n >= 2 && n * 2 >= pages.size())) out.add(page.get(i));
            }
        return out;
    }

    private static String shape(String paragraph) { return paragraph.replaceAll("\\d+", "#"); }

    /** Lines of a paragraph joined with a space (a line-final hyphen kept and joined without one). */
    static List<String> paragraphs(String raw) {
        List<String> out = new ArrayList<>();
        for (String para : raw.split("\n")) {
            StringBuilder b = new StringBuilder();
            for (String line : para.split(LINE)) {
                String l = line.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
                if (l.isEmpty() || l.matches("\\d{1,4}|(?i)page \\d+( of \\d+)?")) continue;
                if (b.length() > 0 && !(b.charAt(b.length() - 1) == '-' && Character.isLetter(l.codePointAt(0)))) b.append(' ');
                b.append(l);
            }
            if (b.length() > 0) out.add(b.toString());
        }
        return out;
    }

    private static SourceMetadata stated(PDDocument pdf) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        Optional<String> title = nonBlank(info.getTitle());
        Optional<String> author = nonBlank(info.getAuthor());
        // no publication date: a PDF's creation date is when the file was made (often printed from a page much later)
        Optional<String> language = nonBlank(pdf.getDocumentCatalog().getLanguage());
        return new SourceMetadata(title, Optional.empty(), Optional.empty(), author, Optional.empty(), language, Optional.empty());
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
