package org.plenary.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.ByteRange;
import org.plenary.publish.site.DumpsPage;
import org.plenary.store.DumpWriter;

/**
 * Serves the dump files of the published generation under {@code /dumps/}, with a listing page at
 * {@code /dumps/}. Only plain file names listed in the dumps directory are served: anything with a path
 * separator, a leading dot or an unknown name is a 404, so no request reaches outside the directory.
 * <p>
 * A file's ETag is its SHA-256 (the one {@code SHA256SUMS} publishes), so a download can be checked and resumed:
 * {@code If-None-Match} gets a 304, a single {@code Range} (with {@code If-Range}) a 206 with that part of the file.
 */
final class DumpServlet extends HttpServlet {
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** Content types by file extension, longest match first. */
    private static final Map<String, String> TYPES = Map.of(
            ".ttl", "text/turtle; charset=utf-8",
            ".trig", "application/trig; charset=utf-8",
            ".nq", "application/n-quads; charset=utf-8",
            ".gz", "application/gzip",
            ".sha256", "text/plain; charset=utf-8");

    private final transient Supplier<Optional<Path>> dumpsDir;

    DumpServlet(Supplier<Optional<Path>> dumpsDir) { this.dumpsDir = dumpsDir; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) { // "/dumps" without the slash: the listing lives at "/dumps/".
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        Optional<Path> dir = dumpsDir.get().filter(Files::isDirectory);
        if (path.equals("/")) {
            listing(req, dir, resp);
            return;
        }
        String name = path.substring(1);
        if (dir.isEmpty() || !FILE_NAME.matcher(name).matches() || !listed(dir.get()).contains(name)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such dump file");
            return;
        }
        Path file = dir.get().resolve(name);
        long size = Files.size(file);
        String etag = "\"" + sha256(dir.get(), file) + "\"";
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", Files.getLastModifiedTime(file).toMillis());
        resp.setHeader("Accept-Ranges", "bytes");
        resp.setContentType(contentType(name));
        if (matches(req.getHeader("If-None-Match"), etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        long first = 0, length = size;
        List<String> range = Collections.list(req.getHeaders("Range"));
        String ifRange = req.getHeader("If-Range");
        // A Range under an If-Range naming another version of the file gets the whole file (RFC 9110 section 13.1.5).
        if (!range.isEmpty() && (ifRange == null || ifRange.trim().equals(etag))) {
            List<ByteRange> ranges = ByteRange.parse(range, size);
            if (ranges.isEmpty()) {
                resp.setHeader("Content-Range", ByteRange.toNonSatisfiableHeaderValue(size));
                resp.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE, "Range outside the file's " + size + " bytes");
                return;
            }
            if (ranges.size() == 1) { // several ranges are answered with the whole file, which RFC 9110 allows
                ByteRange r = ranges.get(0);
                first = r.first();
                length = r.getLength();
                resp.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                resp.setHeader("Content-Range", r.toHeaderValue(size));
            }
        }
        resp.setContentLengthLong(length);
        if ("HEAD".equals(req.getMethod())) return;
        try (InputStream in = Files.newInputStream(file); OutputStream out = resp.getOutputStream()) {
            in.skipNBytes(first);
            byte[] buf = new byte[1 << 16];
            for (long left = length; left > 0; ) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) break;
                out.write(buf, 0, n);
                left -= n;
            }
        }
    }

    /** Whether an If-None-Match header names {@code etag} (or "*"); weak comparison, as RFC 9110 asks for GET. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String t : ifNoneMatch.split(",")) {
            String tag = t.trim();
            if (tag.startsWith("W/")) tag = tag.substring(2);
            if (tag.equals("*") || tag.equals(etag)) return true;
        }
        return false;
    }

    /**
     * The file's SHA-256: as {@code SHA256SUMS} states it for the dumps (so the ETag is the published checksum), computed
     * for the small checksum files themselves.
     */
    private static String sha256(Path dir, Path file) throws IOException {
        Path sums = dir.resolve(DumpWriter.SUMS);
        String name = file.getFileName().toString();
        if (Files.isRegularFile(sums))
            for (String line : Files.readAllLines(sums)) {
                String[] parts = line.trim().split("\\s+\\*?", 2);
                if (parts.length == 2 && parts[1].equals(name)) return parts[0];
            }
        return DumpWriter.sha256(file);
    }

    static String contentType(String name) {
        if (name.equals(DumpWriter.SUMS)) return "text/plain; charset=utf-8";
        for (Map.Entry<String, String> e : TYPES.entrySet())
            if (name.endsWith(e.getKey())) return e.getValue();
        return "application/octet-stream";
    }

    /** The regular files of the dumps directory (no symlinks, no half-written {@code .part} files). */
    private static List<String> listed(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !name.endsWith(".part")
                        && FILE_NAME.matcher(name).matches())
                    names.add(name);
            }
        }
        names.sort(null);
        return names;
    }

    /**
     * The listing: a page in the site's style for a browser (and for a client that states no preference, as before),
     * JSON ({@code {"files":[{"name","bytes","sha256","contentType"}]}}) or one name a line in plain text when a client
     * prefers those.
     */
    private static void listing(HttpServletRequest req, Optional<Path> dir, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        List<DumpsPage.File> files = null;
        if (dir.isPresent()) {
            files = new ArrayList<>();
            for (String name : listed(dir.get())) {
                Path f = dir.get().resolve(name);
                files.add(new DumpsPage.File(name, Files.size(f), listedSha256(dir.get(), name), contentType(name).split(";")[0]));
            }
        }
        String format = ListingFormat.choose(req.getHeader("Accept"));
        if (format.equals("application/json")) {
            org.apache.jena.atlas.json.JsonArray array = new org.apache.jena.atlas.json.JsonArray();
            for (DumpsPage.File f : files == null ? List.<DumpsPage.File>of() : files) {
                org.apache.jena.atlas.json.JsonObject o = new org.apache.jena.atlas.json.JsonObject();
                o.put("name", f.name());
                o.put("bytes", f.bytes());
                if (f.sha256() != null) o.put("sha256", f.sha256());
                o.put("contentType", f.contentType());
                array.add(o);
            }
            org.apache.jena.atlas.json.JsonObject doc = new org.apache.jena.atlas.json.JsonObject();
            doc.put("files", array);
            resp.setContentType("application/json; charset=utf-8");
            resp.getWriter().write(org.apache.jena.atlas.json.JSON.toString(doc));
            return;
        }
        if (format.equals("text/plain")) {
            resp.setContentType("text/plain; charset=utf-8");
            PrintWriter w = resp.getWriter();
            for (DumpsPage.File f : files == null ? List.<DumpsPage.File>of() : files) w.println(f.name());
            return;
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write(DumpsPage.html(files));
    }

    /** The SHA-256 that SHA256SUMS states for a file, or null (the checksum files themselves are not listed there). */
    private static String listedSha256(Path dir, String name) throws IOException {
        Path sums = dir.resolve(DumpWriter.SUMS);
        if (!Files.isRegularFile(sums)) return null;
        for (String line : Files.readAllLines(sums)) {
            String[] parts = line.trim().split("\\s+\\*?", 2);
            if (parts.length == 2 && parts[1].equals(name)) return parts[0];
        }
        return null;
    }

    /** What a client's Accept header prefers of the listing's forms: HTML unless JSON or plain text rank higher. */
    static final class ListingFormat {
        private ListingFormat() {}

        static String choose(String accept) {
            if (accept == null || accept.isBlank()) return "text/html";
            double html = 0, json = 0, plain = 0, any = 0;
            for (String range : accept.split(",")) {
                String[] parts = range.trim().split(";");
                String type = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
                double q = 1;
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].trim();
                    if (p.startsWith("q=")) {
                        try { q = Double.parseDouble(p.substring(2)); } catch (NumberFormatException e) { q = 0; }
                    }
                }
                switch (type) {
                    case "text/html", "application/xhtml+xml" -> html = Math.max(html, q);
                    case "application/json" -> json = Math.max(json, q);
                    case "text/plain" -> plain = Math.max(plain, q);
                    case "*/*", "text/*" -> any = Math.max(any, q);
                    default -> { }
                }
            }
            html = Math.max(html, any);
            if (json > html && json >= plain) return "application/json";
            if (plain > html) return "text/plain";
            return "text/html";
        }
    }
}
