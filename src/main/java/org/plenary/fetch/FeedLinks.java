package org.plenary.fetch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The articles an RSS or Atom feed links to, read with Rome (every RSS version and Atom 0.3/1.0): each entry's link
 * (Atom's {@code rel="alternate"}, else RSS's {@code <link>}, else a {@code <guid>} that is a permalink), resolved
 * against the feed's address, in the feed's order. Doctype declarations are refused (no entity expansion).
 */
public final class FeedLinks {
    private FeedLinks() {}

    /** The entry links, and one line for each entry without a usable one. */
    public record Links(String title, List<URI> links, List<String> problems) {}

    static Links read(URI feedUrl, byte[] body) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FetchException(feedUrl + ": not an RSS or Atom feed: " + e.getMessage());
        }
        Set<URI> links = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            n++;
            String link = link(e);
            if (link == null) {
                problems.add(feedUrl + ": entry " + n + (e.getTitle() == null ? "" : " (" + e.getTitle().strip() + ")") + ": no link");
                continue;
            }
            try {
                URI u = feedUrl.resolve(new URI(link.strip()));
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https")) problems.add(feedUrl + ": entry " + n + ": not an http or https link: " + link);
                else links.add(u);
            } catch (URISyntaxException | IllegalArgumentException x) {
                problems.add(feedUrl + ": entry " + n + ": bad link: " + link);
            }
        }
        return new Links(feed.getTitle(), List.copyOf(links), problems);
    }

    private static String link(SyndEntry e) {
        if (e.getLinks() != null)
            for (SyndLink l : e.getLinks())
                if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) return l.getHref();
        if (e.getLink() != null && !e.getLink().isBlank()) return e.getLink();
        String uri = e.getUri();
        return uri != null && uri.matches("(?i)https?://.*") ? uri : null;
    }
}
