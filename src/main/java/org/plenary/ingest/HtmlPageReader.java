package org.plenary.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.dankito.readability4j.extended.Readability4JExtended;
import net.dankito.readability4j.extended.processor.ArticleGrabberExtended;
import net.dankito.readability4j.extended.processor.PostprocessorExtended;
import net.dankito.readability4j.extended.util.RegExUtilExtended;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.plenary.text.Folding;

/**
 * Reads a saved web page: its main text (Readability4J, a port of Mozilla's Readability, drops navigation, ads, share
 * buttons and comment sections) as the article's text, one paragraph per block of the page, headed by the headline;
 * and what the page states about itself ({@link StatedMetadata}). Headings, captions and credits keep the kind the
 * markup gives them, so no caption becomes a statement.
 */
final class HtmlPageReader {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "figure", "figcaption", "table", "thead", "tbody", "tr", "td", "th", "caption", "hr", "br", "address");
    /** Blocks the markup states to be running text: the segmenter's guesses from a line's shape do not apply to them. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "li", "blockquote", "dd");
    private static final Set<String> SILENT = Set.of("script", "style", "noscript", "template", "svg", "button",
            "form", "input", "select", "textarea", "iframe", "object", "video", "audio");
    /** Class or id words that name page furniture by its role; the same words Readability scores against. */
    private static final Pattern CAPTION = Pattern.compile("(?i)(^|[-_\\s])(caption|wp-caption-text|figcaption)([-_\\s]|$)");
    private static final Pattern CREDIT = Pattern.compile("(?i)(^|[-_\\s])(credit|credits|copyright|photo-?credit)([-_\\s]|$)");
    private static final Pattern BYLINE = Pattern.compile("(?i)(^|[-_\\s])(byline|author)([-_\\s]|$)");

    /**
     * Deeper nesting is refused: real pages stay far below it, and Readability's time grows with the square of the
     * depth (8,000 nested blocks took 20 s, 50,000 more than ten minutes).
     */
    static final int MAX_DEPTH = 512;

    private HtmlPageReader() {}

    private static int depth(Document doc) {
        int[] max = {0};
        org.jsoup.select.NodeTraversor.traverse((node, d) -> { if (d > max[0]) max[0] = d; }, doc);
        return max[0];
    }

    static ReceivedText read(Path file, byte[] bytes) {
        if (looksBinary(bytes)) throw new ArticleException(file + ": not an HTML page (binary content)");
        String head = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.contains("<body") && !head.contains("</body") && !head.contains("</html"))
            throw new ArticleException(file + ": truncated HTML page (it ends before </body>)");
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, file.toUri().toString());
        } catch (IOException | RuntimeException e) {
            throw new ArticleException(file + ": cannot parse as HTML: " + e.getMessage(), e);
        }
        int depth = depth(doc);
        if (depth > MAX_DEPTH)
            throw new ArticleException(file + ": elements nested " + depth + " deep (more than " + MAX_DEPTH + "): not a page Plenary reads");
        SourceMetadata stated = StatedMetadata.of(doc);
        String pageTitle = doc.title().strip();
        // the page's headline as its <h1> writes it: the longest <h1> that its stated title or its <title> holds
        String titles = stated.title().orElse("") + "\n" + pageTitle;
        Optional<String> heading = doc.select("h1").stream().map(h -> h.text().strip())
                .filter(h -> h.length() > 3 && titles.contains(h)).max(java.util.Comparator.comparingInt(String::length));
        Element content;
        String readabilityTitle, byline;
        try {
            // a base address, so that Readability resolves relative links (the page's own, else the file's)
            var article = readability(stated.url().orElse(file.toUri().toString()), doc).parse();
            content = article.getArticleContent();
            readabilityTitle = article.getTitle();
            byline = article.getByline();
        } catch (RuntimeException e) {
            throw new ArticleException(file + ": no main text found in the page (" + e.getClass().getSimpleName() + ")", e);
        }
        if (content == null || content.text().isBlank()) throw new ArticleException(file + ": no main text found in the page");
        // the headline the page states (its <h1> where that is the stated title less a site's or author's name after
        // it), else the <h1> the <title> holds, else Readability's guess at the same, else the <title>
        Optional<String> title = stated.title().map(t -> heading.filter(h -> t.length() > h.length() && t.startsWith(h)).orElse(t))
                .or(() -> heading)
                .or(() -> Optional.ofNullable(readabilityTitle).map(String::strip).filter(s -> !s.isEmpty()))
                .or(() -> Optional.of(pageTitle).filter(s -> !s.isEmpty()));
        stated = new SourceMetadata(title, stated.url(), stated.publisher(), stated.author(), stated.published(),
                stated.language(), stated.license());
        Blocks blocks = new Blocks();
        title.ifPresent(t -> blocks.add(SegmentKind.TITLE, t));
        blocks.walk(content, null);
        blocks.flush();
        if (blocks.paragraphs == 0) throw new ArticleException(file + ": no main text found in the page");
        SourceMetadata withByline = byline == null || byline.isBlank() ? stated
                : stated.orElse(new SourceMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
                        StatedMetadata.personName(byline), Optional.empty(), Optional.empty(), Optional.empty()));
        return new ReceivedText(blocks.text.toString(), withByline, blocks.markup);
    }

    /**
     * Readability4J with the candidate patterns of Mozilla's Readability as it is today (Readability4J 1.0.8 carries
     * those of 2018): "content" may be a candidate even beside "sidebar" ({@code contentWithSidebar}), "footer" rather
     * than any "foot" is unlikely, cookie banners (gdpr) and "-ad-" blocks are. The other patterns are the library's.
     */
    private static Readability4JExtended readability(String uri, Document doc) {
        var regex = new RegExUtilExtended(
                "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote",
                "and|article|body|column|content|main|mathjax|shadow",
                RegExUtil.PositiveDefaultPattern,
                "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget"
                        + RegExUtilExtended.NegativeDefaultPatternExtended,
                RegExUtil.ExtraneousDefaultPattern, RegExUtil.BylineDefaultPattern, RegExUtil.ReplaceFontsDefaultPattern,
                RegExUtil.NormalizeDefaultPattern, RegExUtil.VideosDefaultPattern, RegExUtil.NextLinkDefaultPattern,
                RegExUtil.PrevLinkDefaultPattern, RegExUtil.WhitespaceDefaultPattern, RegExUtil.HasContentDefaultPattern,
                RegExUtilExtended.RemoveImageDefaultPattern);
        ReadabilityOptions options = new ReadabilityOptions();
        return new Readability4JExtended(uri, doc, options, regex, new Preprocessor(regex), new MetadataParser(regex),
                new ArticleGrabberExtended(options, regex), new PostprocessorExtended());
    }

    /** NUL bytes in the first kilobytes: an image, an archive or a PDF saved under an HTML name. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) if (bytes[i] == 0) return true;
        return false;
    }

    /** The main text laid out as paragraphs separated by blank lines, with the kinds the markup states. */
    private static final class Blocks {
        final StringBuilder text = new StringBuilder();
        final List<Segment> markup = new ArrayList<>();
        final StringBuilder current = new StringBuilder();
        SegmentKind currentKind = SegmentKind.BLANK; // text in no block that states its kind
        String titleKey;
        int paragraphs;

        void walk(Node node, SegmentKind inherited) {
            if (node instanceof TextNode t) {
                if (current.length() == 0 || currentKind == SegmentKind.BLANK) currentKind = inherited == null ? SegmentKind.BLANK : inherited;
                current.append(t.getWholeText());
                return;
            }
            if (!(node instanceof Element e)) return;
            String tag = e.normalName();
            if (SILENT.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) return;
            if (tag.equals("img")) return; // an image's alt text is not the article's text
            SegmentKind kind = inherited;
            if (tag.equals("figcaption") || tag.equals("figure") || CAPTION.matcher(roles(e)).find()) kind = SegmentKind.CAPTION;
            else if (CREDIT.matcher(roles(e)).find()) kind = SegmentKind.CREDIT;
            else if (BYLINE.matcher(roles(e)).find() && e.text().length() < 120) kind = SegmentKind.BYLINE;
            else if (kind == null && tag.matches("h[1-6]")) kind = SegmentKind.HEADING;
            else if (kind == null && PARAGRAPHS.contains(tag)) kind = SegmentKind.BODY;
            // Readability wraps loose text in <p style="display: inline">: that is still one paragraph with its neighbours
            boolean block = BLOCKS.contains(tag) && !e.attr("style").replace(" ", "").contains("display:inline");
            if (block) flush();
            for (Node c : e.childNodes()) walk(c, kind);
            if (block) flush();
        }

        private static String roles(Element e) { return e.className() + " " + e.id() + " " + e.attr("itemprop"); }

        void flush() {
            String p = current.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
            current.setLength(0);
            if (p.isEmpty()) return;
            if (currentKind == SegmentKind.HEADING && titleKey != null && Folding.name(p).equals(titleKey)) return;
            add(currentKind, p);
            currentKind = SegmentKind.BLANK;
        }

        void add(SegmentKind kind, String p) {
            if (text.length() > 0) text.append("\n\n");
            int start = text.length();
            text.append(p);
            if (kind == SegmentKind.TITLE) titleKey = Folding.name(p);
            else paragraphs++;
            if (kind != SegmentKind.BLANK) markup.add(new Segment(kind, start, text.length()));
        }
    }
}
