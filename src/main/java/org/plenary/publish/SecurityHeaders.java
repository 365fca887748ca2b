package org.plenary.publish;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The headers every response carries, error pages included. The content security policy lets the pages run only
 * this server's own scripts (the bundled YASGUI and {@code query.js}, no inline script, no {@code eval}), query only
 * this server, and show pictures from anywhere over https (entity pictures live on other hosts, e.g. Wikimedia
 * Commons); YASGUI sets inline styles, so styles may be inline. Nothing may frame the pages.
 */
public final class SecurityHeaders {
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: https:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Header name to value, in a stable order. */
    public static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "X-Frame-Options", "DENY");

    private SecurityHeaders() {}

    /** Sets every header with {@code setter} (a servlet response's or Jetty's own). */
    public static void apply(BiConsumer<String, String> setter) {
        ALL.forEach(setter);
    }
}
