package org.plenary.reconcile;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The preview card's HTML: every value from the data escaped, in the layout OpenRefine's preview frame shows. */
class PreviewCardTest {
    @Test
    void everyValueIsEscapedWhereverItAppears() {
        String card = PreviewCard.render("http://x.org/id/person/a?b=1&c=\"2\"", "O'Neil <b>& \"Co\"</b>",
                List.of("Person", "A<B"), List.of("O'Neil", "Eve & Co"));
        assertEquals("""
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>O&#39;Neil &lt;b&gt;&amp; &quot;Co&quot;&lt;/b&gt;</title></head>
                <body style="margin:0;font-family:sans-serif;font-size:13px">
                <div><strong><a href="http://x.org/id/person/a?b=1&amp;c=&quot;2&quot;" target="_blank">O&#39;Neil &lt;b&gt;&amp; &quot;Co&quot;&lt;/b&gt;</a></strong> <em>Person, A&lt;B</em></div>
                <div>Also: O&#39;Neil; Eve &amp; Co</div>
                <div style="color:#666">http://x.org/id/person/a?b=1&amp;c=&quot;2&quot;</div>
                </body></html>
                """, card);
    }

    @Test
    void anEntityWithoutANameTypesOrOtherNamesShowsItsIri() {
        String card = PreviewCard.render("http://x.org/id/place/p", null, List.of(), List.of());
        assertTrue(card.contains("<title>http://x.org/id/place/p</title>"), card);
        assertTrue(card.contains("<a href=\"http://x.org/id/place/p\" target=\"_blank\">http://x.org/id/place/p</a></strong></div>\n"), card);
        assertFalse(card.contains("Also:"), card);
        assertFalse(card.contains("<em>"), card);
    }
}
