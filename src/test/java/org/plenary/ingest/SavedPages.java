package org.plenary.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real article (the evaluation corpus's text of a Wikinews report, CC BY 2.5) saved as a news site lays it out:
 * navigation, a share bar, a photo with its caption and credit, the article, related links and a comment section,
 * with its metadata in Open Graph, {@code <meta>} and schema.org JSON-LD.
 */
public final class SavedPages {
    public static final Path CAIRO = Path.of("data/eval/articles/wikinews-2020-01-cairo-foreign-ministers-turkey-libya.txt");
    /** Another Wikinews report (CC BY 2.5), all in letters of the PDF standard fonts' encoding. */
    public static final Path NIAMEY = Path.of("data/eval/articles/wikinews-2019-07-african-union-summit-niamey.txt");
    public static final String NAV = "Subscribe to our newsletter for the latest headlines";
    public static final String SHARE = "Share on Facebook";
    public static final String COMMENT = "I think the ministers should have invited Ankara too";
    public static final String CAPTION = "Foreign ministers pose for a group photo before the talks in the Egyptian capital on Wednesday";
    public static final String CREDIT = "Photo: Ministry of Foreign Affairs of Egypt";

    private SavedPages() {}

    /** The article's headline (its first line) and paragraphs. */
    public static List<String> paragraphs(Path txt) throws IOException {
        List<String> out = new ArrayList<>();
        for (String p : Files.readString(txt).split("\n\\s*\n")) if (!p.isBlank()) out.add(p.strip());
        return out;
    }

    public static String page(Path txt) throws IOException {
        List<String> ps = paragraphs(txt);
        String headline = ps.get(0);
        StringBuilder body = new StringBuilder();
        for (int i = 1; i < ps.size(); i++) {
            body.append("      <p>").append(escape(ps.get(i))).append("</p>\n");
            if (i == 1) body.append("""
                          <figure class="article-image"><img src="ministers.jpg" alt="Ministers in Cairo">
                            <figcaption>%s <span class="image-credit">%s</span></figcaption>
                          </figure>
                    """.formatted(CAPTION, CREDIT));
        }
        return """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                  <meta charset="utf-8">
                  <title>%1$s | World News Daily</title>
                  <meta property="og:title" content="%1$s">
                  <meta property="og:site_name" content="World News Daily">
                  <meta property="og:url" content="https://news.example.org/2020/01/cairo-summit">
                  <link rel="canonical" href="https://news.example.org/2020/01/cairo-summit">
                  <meta name="author" content="Meta Author">
                  <script type="application/ld+json">
                  {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "%1$s",
                   "datePublished": "2020-01-11T09:30:00+02:00", "author": [{"@type": "Person", "name": "Jane Reporter"}],
                   "publisher": {"@type": "Organization", "name": "World News Daily"}}
                  </script>
                  <script>window.ads = {slot: "top"};</script>
                </head>
                <body>
                  <header class="site-header"><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
                    <li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
                    <div class="newsletter-banner"><p>%2$s.</p></div></header>
                  <div class="ad-container"><p>Advertisement</p></div>
                  <main>
                    <article class="post">
                      <h1>%1$s</h1>
                      <div class="byline">By <a rel="author" href="/staff/jane">Jane Reporter</a></div>
                      <div class="share-bar"><a href="#">%3$s</a> <a href="#">Share on Twitter</a> <a href="#">Email</a></div>
                      <div class="article-body">
                %4$s      </div>
                    </article>
                    <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Markets fall as oil prices rise</a></li>
                      <li><a href="/b">Storm warning for the coast</a></li></ul></aside>
                    <section id="comments" class="comments"><h3>3 comments</h3>
                      <div class="comment"><p class="comment-author">reader42</p><p>%5$s.</p></div>
                      <div class="comment"><p class="comment-author">anon</p><p>Great article, thanks.</p></div>
                    </section>
                  </main>
                  <footer class="site-footer"><p>Copyright 2020 World News Daily. All rights reserved.</p>
                    <p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p></footer>
                </body>
                </html>
                """.formatted(escape(headline), NAV, SHARE, body, COMMENT);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
