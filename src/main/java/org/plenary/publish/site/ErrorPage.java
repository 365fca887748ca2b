package org.plenary.publish.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answer for a reader, in the site's look: the status in words, what went wrong (never a Java class name:
 * callers pass a public message), and the ways on (search, home, or the formats on offer). Clients that do not ask
 * for HTML keep their plain or JSON answers; this is only the page for browsers.
 */
public final class ErrorPage {
    /** A format a client could have asked for: its name for {@code ?format=} and its media type. */
    public record Offer(String name, String mediaType) {}

    private ErrorPage() {}

    /**
     * The page of an error. {@code path} is the request's path (shown escaped); {@code offered} the formats of a 406
     * (empty otherwise).
     */
    public static String html(int status, String reason, String message, String path, List<Offer> offered) {
        Map<String, Object> c = new HashMap<>();
        c.put("title", status + " " + reason);
        c.put("status", status);
        c.put("reason", reason);
        c.put("message", message == null || message.equals(reason) ? null : message);
        c.put("path", path);
        c.put("offered", offered);
        return OutsideTemplates.INSTANCE.render("error", c);
    }

    /** Whether a client names HTML in its Accept header: a browser, which gets the page rather than plain text. */
    public static boolean wantsHtml(String accept) {
        if (accept == null) return false;
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String type = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
            if (!type.equals("text/html") && !type.equals("application/xhtml+xml")) continue;
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim().replace(" ", "");
                if (p.matches("q=0(\\.0*)?")) refused = true;
            }
            if (!refused) return true;
        }
        return false;
    }
}
