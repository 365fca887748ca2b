package org.plenary.publish.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /static/...}: the site's CSS, scripts and the query page's YASGUI, from the jar (no CDN). */
final class StaticServlet extends HttpServlet {
    private static final String DIR = "/org/plenary/publish/site/static/";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "png", "image/png",
            "svg", "image/svg+xml", "txt", "text/plain; charset=utf-8", "map", "application/json");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String name = path == null ? "" : path.substring(1);
        InputStream in = NAME.matcher(name).matches() ? StaticServlet.class.getResourceAsStream(DIR + name) : null;
        if (in == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such file");
            return;
        }
        try (in; OutputStream out = resp.getOutputStream()) {
            String ext = name.substring(name.lastIndexOf('.') + 1);
            resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            resp.setHeader("Cache-Control", "public, max-age=3600");
            Responses.cors(resp);
            in.transferTo(out);
        }
    }
}
