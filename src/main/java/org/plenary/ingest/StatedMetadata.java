package org.plenary.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page states about itself: headline, site name, author, publication date, canonical address, language
 * and licence, from schema.org JSON-LD first (the most deliberate statement), then Open Graph and {@code <meta>}
 * tags, then the plain HTML ({@code <title>}, {@code <html lang>}, {@code <link rel=canonical|license>}).
 * A value that is not what its field needs (a date that is not a date, an address that is not absolute) is left out.
 */
final class StatedMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern LANGUAGE = Pattern.compile("^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$");

    private StatedMetadata() {}

    static SourceMetadata of(Document doc) {
        List<JsonNode> articles = jsonLdArticles(doc);
        Optional<String> title = first(ld(articles, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
                meta(doc, "dc.title"));
        Optional<String> publisher = first(ld(articles, "publisher"), meta(doc, "og:site_name"),
                meta(doc, "dc.publisher"), meta(doc, "application-name"));
        Optional<String> author = first(ld(articles, "author"), meta(doc, "author"), meta(doc, "dc.creator"),
                meta(doc, "article:author").filter(a -> !a.startsWith("http"))).flatMap(StatedMetadata::personName);
        Optional<String> published = first(ld(articles, "datePublished"), meta(doc, "article:published_time"),
                meta(doc, "dc.date.issued"), meta(doc, "dc.date"), meta(doc, "dcterms.created"), meta(doc, "date"),
                meta(doc, "pubdate")).flatMap(StatedMetadata::isoDate);
        Optional<String> url = first(link(doc, "canonical"), meta(doc, "og:url"), ld(articles, "url"))
                .flatMap(StatedMetadata::absolute);
        Optional<String> language = first(Optional.of(doc.select("html").attr("lang")),
                meta(doc, "content-language"), ld(articles, "inLanguage"), meta(doc, "og:locale"))
                .flatMap(StatedMetadata::languageTag);
        Optional<String> license = first(link(doc, "license"), ld(articles, "license")).flatMap(StatedMetadata::absolute);
        return new SourceMetadata(title, url, publisher, author, published, language, license);
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... values) {
        for (Optional<String> v : values) if (v.isPresent() && !v.get().isBlank()) return Optional.of(v.get().strip());
        return Optional.empty();
    }

    /** A {@code <meta>} by name, property or http-equiv (case ignored), as Open Graph, Dublin Core and HTML write it. */
    private static Optional<String> meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            for (String attr : List.of("property", "name", "http-equiv", "itemprop"))
                if (m.attr(attr).strip().equalsIgnoreCase(key)) return Optional.of(m.attr("content"));
        }
        return Optional.empty();
    }

    private static Optional<String> link(Document doc, String rel) {
        for (Element l : doc.select("link[href], a[rel][href]")) {
            for (String r : l.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"))
                if (r.equals(rel)) return Optional.of(l.absUrl("href").isEmpty() ? l.attr("href") : l.absUrl("href"));
        }
        return Optional.empty();
    }

    /** The schema.org nodes of a page that describe an article (any type named ...Article, a posting, a report). */
    private static List<JsonNode> jsonLdArticles(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(s.data()), out);
            } catch (java.io.IOException e) {
                // a page's broken JSON-LD states nothing; the other sources of metadata still count
            }
        }
        return out;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n == null) return;
        if (n.isArray()) { n.forEach(c -> collect(c, out)); return; }
        if (!n.isObject()) return;
        if (n.has("@graph")) collect(n.get("@graph"), out);
        JsonNode type = n.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) type.forEach(t -> types.add(t.asText()));
        else if (type != null) types.add(type.asText());
        for (String t : types)
            if (t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report") || t.equals("ReportageNewsArticle")
                    || t.equals("PressRelease")) { out.add(n); return; }
    }

    /** A field of the first article node that has it: text, or the name of the thing (author, publisher). */
    private static Optional<String> ld(List<JsonNode> articles, String field) {
        for (JsonNode a : articles) {
            Optional<String> v = text(a.get(field));
            if (v.isPresent()) return v;
        }
        return Optional.empty();
    }

    private static Optional<String> text(JsonNode v) {
        if (v == null || v.isNull()) return Optional.empty();
        if (v.isArray()) return v.isEmpty() ? Optional.empty() : text(v.get(0));
        if (v.isObject()) return v.has("name") ? text(v.get("name")) : v.has("@id") ? text(v.get("@id")) : Optional.empty();
        String s = v.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** A byline as a name: "By Jane Doe —" -> "Jane Doe", "Jane Doe (https://example.org/jane)" -> "Jane Doe". */
    static Optional<String> personName(String byline) {
        String s = byline.replaceAll("\\([^)]*(?:https?:|@)[^)]*\\)", " ").replaceAll("<[^>]*@[^>]*>", " ")
                .replaceFirst("(?i)^\\s*(?:written\\s+)?by\\s+", "")
                .replaceAll("\\s+", " ").replaceAll("^[^\\p{L}]+|[^\\p{L}.)]+$", "").strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** "2019-07-08T10:00:00Z" -> "2019-07-08"; anything that does not start with a year is no date. */
    static Optional<String> isoDate(String s) {
        Matcher m = ISO_DATE.matcher(s.strip());
        if (!m.find()) return Optional.empty();
        if (m.group(3) != null) return Optional.of(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
        if (m.group(2) != null) return Optional.of(m.group(1) + "-" + m.group(2));
        return Optional.of(m.group(1));
    }

    private static Optional<String> absolute(String s) {
        try {
            URI u = new URI(s.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? Optional.of(u.toString()) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** "en_GB" (Open Graph's form) -> "en-GB"; anything that is no language tag is left out. */
    private static Optional<String> languageTag(String s) {
        String t = s.strip().replace('_', '-');
        return LANGUAGE.matcher(t).matches() ? Optional.of(Locale.forLanguageTag(t).toLanguageTag()).filter(x -> !x.equals("und")) : Optional.empty();
    }
}
