package org.plenary.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Divides an article into segments line by line: title, headings, body paragraphs, and the page furniture
 * that must never become facts (image lines, captions, bylines, credits, datelines, boilerplate). The phrase
 * lists are data: {@code boilerplate.txt} and {@code credits.txt} beside this class.
 */
public final class ArticleSegmenter {
    private static final List<String> END_PHRASES = new ArrayList<>();
    private static final List<String> LINE_PHRASES = new ArrayList<>();
    private static final List<String> CREDIT_PHRASES = new ArrayList<>();

    static {
        for (String l : resourceLines("boilerplate.txt")) {
            String[] kv = l.split("\t", 2);
            if (kv.length == 2) (kv[0].equals("end") ? END_PHRASES : LINE_PHRASES).add(kv[1].toLowerCase(Locale.ROOT));
        }
        for (String l : resourceLines("credits.txt")) CREDIT_PHRASES.add(l.toLowerCase(Locale.ROOT));
    }

    private static final Pattern IMAGE = Pattern.compile("^\\s*(!\\[|\\[!\\[|<img\\b|<figure\\b)", Pattern.CASE_INSENSITIVE);
    /** "BY JANE DOE [jane@x.com]", "By Jane Doe and John Roe", "By Jane Doe, Reuters". */
    private static final Pattern BYLINE = Pattern.compile(
            "^\\s*(?i:by)\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s*){1,4}(?:(?:and|&)\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s*){1,4})?)"
                    + "\\s*(?:[\\[(<][^\\])>]*[\\])>])?\\s*(?:[,|—–-]\\s*[\\p{L} .]{0,40})?\\s*$");
    /** "UNITED NATIONS (AP) — ", "GENEVA, May 5 (Reuters) - ". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{Lu}.'’ -]{2,40}(?:,\\s*[\\p{L}.]+\\s*\\d{0,2})?\\s*(?:\\([\\p{L}. ]+\\))?\\s*[—–-]{1,2}\\s+)");
    /**
     * Markdown inside a line: an image, a link (its words kept), an autolink, a link to a reference, strong emphasis
     * ({@code **}; not {@code __}, which plain text uses for rules and blanks to fill in).
     */
    private static final Pattern INLINE_MARKUP = Pattern.compile(
            "(?<image>!\\[[^\\]\n]*\\]\\([^)\\s]*(?:\\s+\"[^\"\\n]*\")?\\))"
                    + "|\\[(?<words>[^\\]\\n]+)\\](?:\\([^)\\s]+(?:\\s+\"[^\"\\n]*\")?\\)|\\[[^\\]\\n]*\\])"
                    + "|<(?:https?|mailto):[^>\\s]+>"
                    + "|\\*\\*");
    /** A line wholly in emphasis ("*The minister at the summit.*"), as Markdown writes a caption under an image. */
    private static final Pattern EMPHASISED = Pattern.compile("^([*_])[^*_].*[^*_]\\1$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:\\d{1,3}[.)]|[-*•·–])\\s+\\S");
    private static final Pattern MD_HEADING = Pattern.compile("^\\s*#{1,6}\\s");
    private static final List<DateTimeFormatter> DATE_LINES = List.of(
            DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));

    public Segmentation segment(String text) { return segment(text, List.of()); }

    /**
     * Segments the text line by line; a line where one of {@code markup}'s stretches starts takes that stretch's kind
     * (the kind a page's markup states: a heading, a caption, a credit), whatever the line looks like.
     */
    public Segmentation segment(String text, List<Segment> markup) {
        List<Segment> out = new ArrayList<>();
        Optional<String> title = Optional.empty(), author = Optional.empty(), published = Optional.empty();
        boolean afterEnd = false, seenContent = false;
        SegmentKind previous = SegmentKind.BLANK;
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            int next = nl < 0 ? text.length() : nl + 1;
            String line = text.substring(pos, lineEnd);
            String trimmed = line.strip();
            String lower = trimmed.toLowerCase(Locale.ROOT);
            SegmentKind kind;
            if (trimmed.isEmpty()) kind = SegmentKind.BLANK;
            else if (afterEnd) kind = SegmentKind.BOILERPLATE;
            else if (startsWithAny(lower, END_PHRASES)) { kind = SegmentKind.BOILERPLATE; afterEnd = true; }
            else if (startsWithAny(lower, LINE_PHRASES)) kind = SegmentKind.BOILERPLATE;
            else if (IMAGE.matcher(line).find()) kind = SegmentKind.IMAGE;
            else if (startsWithAny(lower, CREDIT_PHRASES)) kind = SegmentKind.CREDIT;
            else if (BYLINE.matcher(trimmed).matches() && words(trimmed) <= 14) {
                kind = SegmentKind.BYLINE;
                Matcher m = BYLINE.matcher(trimmed);
                if (m.matches() && author.isEmpty()) author = Optional.of(personName(m.group(1)));
            } else if (dateLine(trimmed).isPresent()) {
                kind = SegmentKind.DATELINE;
                if (published.isEmpty()) published = dateLine(trimmed);
            } else if (LIST_ITEM.matcher(line).find() && seenContent) {
                kind = SegmentKind.BODY; // "1. Mayor Jane Doe, Springfield": lists of participants are content
            } else if (MD_HEADING.matcher(line).find()) {
                kind = seenContent ? SegmentKind.HEADING : SegmentKind.TITLE;
            } else if (!endsLikeSentence(trimmed) && words(trimmed) <= 40 && !(seenContent && opensQuotation(trimmed) && words(trimmed) > 6)) {
                // (a paragraph that opens a quotation is speech even without a final full stop: a quotation running
                // over several paragraphs leaves each but the last unclosed)
                if (!seenContent && trimmed.length() < 300) kind = SegmentKind.TITLE;
                else if ((previous == SegmentKind.IMAGE && words(trimmed) > 6) || words(trimmed) > 12) kind = SegmentKind.CAPTION;
                else kind = SegmentKind.HEADING;
            } else kind = SegmentKind.BODY;
            if (previous == SegmentKind.IMAGE && EMPHASISED.matcher(trimmed).matches()) kind = SegmentKind.CAPTION;
            for (Segment m : markup) {
                if (m.start() < pos || m.start() >= Math.max(lineEnd, pos + 1)) continue;
                // a kind the markup states wins; that a block is running text overrules only guesses from the line's
                // shape (a long line without a full stop taken for a caption), not phrases of boilerplate or a byline
                if (m.kind() != SegmentKind.BODY || kind == SegmentKind.CAPTION || kind == SegmentKind.HEADING) kind = m.kind();
            }

            if (kind == SegmentKind.TITLE && title.isEmpty())
                title = Optional.of(trimmed.replaceFirst("^#+\\s*", ""));
            if (kind == SegmentKind.BODY) {
                Matcher d = DATELINE.matcher(line);
                if (d.find() && d.group(1).chars().filter(Character::isLowerCase).count() <= 6) {
                    out.add(new Segment(SegmentKind.DATELINE, pos, pos + d.end(1)));
                    inline(text, pos + d.end(1), lineEnd, out);
                } else inline(text, pos, lineEnd, out);
            } else out.add(new Segment(kind, pos, lineEnd));
            if (kind != SegmentKind.BLANK) {
                seenContent = true;
                previous = kind;
            }
            pos = next;
        }
        SourceMetadata meta = new SourceMetadata(title, Optional.empty(), Optional.empty(), author, published,
                Optional.empty(), Optional.empty());
        return new Segmentation(out, meta);
    }

    /**
     * A line of prose with its Markdown notation apart: an inline image is IMAGE, a link's brackets and address and an
     * autolink are MARKUP and its words stay BODY, so the words are read and the notation is not, at the same offsets.
     */
    static void inline(String text, int start, int end, List<Segment> out) {
        Matcher m = INLINE_MARKUP.matcher(text).region(start, end);
        int at = start;
        while (m.find()) {
            if (m.start() > at) out.add(new Segment(SegmentKind.BODY, at, m.start()));
            if (m.group("image") != null) out.add(new Segment(SegmentKind.IMAGE, m.start(), m.end()));
            else if (m.group("words") != null && !m.group("words").isBlank()) {
                out.add(new Segment(SegmentKind.MARKUP, m.start(), m.start("words")));
                out.add(new Segment(SegmentKind.BODY, m.start("words"), m.end("words")));
                out.add(new Segment(SegmentKind.MARKUP, m.end("words"), m.end()));
            } else out.add(new Segment(SegmentKind.MARKUP, m.start(), m.end()));
            at = m.end();
        }
        if (end > at || at == start) out.add(new Segment(SegmentKind.BODY, at, end));
    }

    private static Optional<String> dateLine(String s) {
        if (s.length() > 40) return Optional.empty();
        for (DateTimeFormatter f : DATE_LINES) {
            try {
                return Optional.of(LocalDate.parse(s, f).toString());
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static boolean opensQuotation(String s) {
        return s.startsWith("\"") || s.startsWith("“") || s.startsWith("«") || s.startsWith("„");
    }

    private static boolean endsLikeSentence(String s) {
        int last = s.codePointBefore(s.length());
        // closing marks of other languages (» « “ 」 』: French, German, Chinese) and the full-width stops of Chinese and
        // Japanese end a sentence as . and ” do
        return ".!?\"”’':;…»«“」』。！？".indexOf(last) >= 0
                || ((last == ')' || last == ']') && words(s) > 25);
    }

    private static int words(String s) { return s.isBlank() ? 0 : s.trim().split("\\s+").length; }

    private static boolean startsWithAny(String lower, List<String> phrases) {
        for (String p : phrases) if (lower.startsWith(p)) return true;
        return false;
    }

    /** "JANE DOE" -> "Jane Doe"; names already in mixed case stay as written. */
    static String personName(String raw) {
        String s = raw.strip().replaceAll("\\s+", " ");
        if (!s.equals(s.toUpperCase(Locale.ROOT))) return s;
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    private static List<String> resourceLines(String name) { return DataFiles.lines(ArticleSegmenter.class, name); }
}
