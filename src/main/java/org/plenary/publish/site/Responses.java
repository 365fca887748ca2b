package org.plenary.publish.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Headers shared by the site's responses: CORS, validators and conditional GET (RFC 9110 section 13). */
final class Responses {
    private Responses() {}

    /** Linked data is public: any page may fetch it. */
    static void cors(HttpServletResponse resp) {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", "ETag, Last-Modified, Location, Vary");
    }

    /**
     * Redirects to {@code path} on this server with {@code status}, keeping the request's query string (so a
     * {@code ?format=} survives the move).
     */
    static void movedTo(HttpServletResponse resp, int status, String path, HttpServletRequest req) {
        String query = req.getQueryString();
        resp.setStatus(status);
        resp.setHeader("Location", query == null ? path : path + "?" + query);
    }

    /**
     * 406 with the formats on offer: a page in the site's style for a browser (one that names HTML in Accept, e.g. on
     * {@code ?format=xlsx}), plain text for any other client. Not {@code sendError}: Jetty's error page drops the headers
     * set before it, and a 406 must keep {@code Vary: Accept} (a cache may otherwise serve it to every client).
     */
    static void notAcceptable(HttpServletRequest req, HttpServletResponse resp, java.util.List<RdfFormat> offered) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        if (ErrorPage.wantsHtml(req.getHeader("Accept"))) {
            resp.setContentType("text/html; charset=utf-8");
            resp.getWriter().write(ErrorPage.html(406, "Not Acceptable", null, req.getRequestURI(),
                    offered.stream().map(f -> new ErrorPage.Offer(f.name, f.mediaType)).toList()));
            return;
        }
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println("Not acceptable. Offered: " + String.join(", ", offered.stream().map(f -> f.mediaType).toList())
                + " (or ?format=" + String.join("|", offered.stream().map(f -> f.name).toList()) + ")");
    }

    /** Sends a kept body (not for HEAD, which gets the headers only). */
    static void write(HttpServletRequest req, HttpServletResponse resp, RepresentationCache.Representation r) throws IOException {
        resp.setContentType(r.contentType());
        resp.setContentLength(r.body().length);
        if ("HEAD".equals(req.getMethod())) return;
        try (OutputStream out = resp.getOutputStream()) {
            out.write(r.body());
        }
    }

    /** A strong ETag for one representation of one resource in one generation. */
    static String etag(Generation gen, String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(gen.tag().getBytes(StandardCharsets.UTF_8));
            for (String p : parts) {
                md.update((byte) 0);
                md.update(p.getBytes(StandardCharsets.UTF_8));
            }
            return "\"" + HexFormat.of().formatHex(md.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sets ETag and Last-Modified; answers 304 and returns true when the client's copy is current.
     * If-None-Match wins over If-Modified-Since, as RFC 9110 says.
     */
    static boolean notModified(HttpServletRequest req, HttpServletResponse resp, String etag, long lastModified) {
        resp.setHeader("ETag", etag);
        if (lastModified > 0) resp.setDateHeader("Last-Modified", lastModified);
        String inm = req.getHeader("If-None-Match");
        boolean fresh;
        if (inm != null) {
            fresh = false;
            for (String t : inm.split(",")) {
                String tag = t.trim();
                if (tag.startsWith("W/")) tag = tag.substring(2);
                if (tag.equals("*") || tag.equals(etag)) fresh = true;
            }
        } else {
            long ims;
            try {
                ims = req.getDateHeader("If-Modified-Since");
            } catch (IllegalArgumentException e) {
                ims = -1;
            }
            fresh = ims >= 0 && lastModified > 0 && lastModified <= ims;
        }
        if (fresh) resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return fresh;
    }
}
