package org.plenary.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes PDFs as a word processor does: paragraphs wrapped into lines of a page's width, a gap between paragraphs,
 * pages as they fill, a page number at the foot of each; optionally encrypted with a password.
 */
public final class PdfFiles {
    private static final float MARGIN = 60, WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN, SIZE = 11, LEADING = 14;

    private PdfFiles() {}

    public static void write(Path file, String title, String author, List<String> paragraphs, String userPassword) throws IOException {
        write(file, title, author, paragraphs, userPassword, null);
    }

    /** With {@code runningHead} (if not null) atop every page, as printed minutes and reports have. */
    public static void write(Path file, String title, String author, List<String> paragraphs, String userPassword,
                             String runningHead) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setAuthor(author);
            doc.getDocumentCatalog().setLanguage("en");
            List<List<String>> laidOut = new ArrayList<>();
            for (String p : paragraphs) laidOut.add(wrap(p, font));
            int i = 0, pageNo = 0;
            while (i < laidOut.size()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                pageNo++;
                float y = PDRectangle.A4.getHeight() - MARGIN;
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.setFont(font, SIZE);
                    if (runningHead != null) {
                        text(cs, MARGIN, PDRectangle.A4.getHeight() - MARGIN / 2, runningHead);
                    }
                    while (i < laidOut.size() && (y - laidOut.get(i).size() * LEADING > MARGIN + 30 || y == PDRectangle.A4.getHeight() - MARGIN)) {
                        for (String line : laidOut.get(i)) {
                            text(cs, MARGIN, y, line);
                            y -= LEADING;
                        }
                        y -= LEADING; // the gap that ends a paragraph
                        i++;
                    }
                    text(cs, PDRectangle.A4.getWidth() / 2, MARGIN / 2, Integer.toString(pageNo));
                }
            }
            if (userPassword != null) {
                AccessPermission none = new AccessPermission();
                none.setCanExtractContent(false);
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword, none);
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(file.toFile());
        }
    }

    private static void text(PDPageContentStream cs, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static List<String> wrap(String paragraph, PDType1Font font) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * SIZE > WIDTH && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else line = new StringBuilder(candidate);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}
