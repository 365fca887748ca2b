package org.plenary.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the dump files of the published generation under {@code /dumps/}, with a listing page at
 * {@code /dumps/}. Only plain file names listed in the dumps directory are served: anything with a path
 * separator, a leading dot or an unknown name is a 404, so no request reaches outside the directory.
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
            listing(dir, resp);
            return;
        }
        String name = path.substring(1);
        if (dir.isEmpty() || !FILE_NAME.matcher(name).matches() || !listed(dir.get()).contains(name)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such dump file");
            return;
        }
        Path file = dir.get().resolve(name);
        resp.setContentType(contentType(name));
        resp.setContentLengthLong(Files.size(file));
        if ("HEAD".equals(req.getMethod())) return;
        try (OutputStream out = resp.getOutputStream()) {
            Files.copy(file, out);
        }
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

    private static void listing(Optional<Path> dir, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html; charset=utf-8");
        PrintWriter w = resp.getWriter();
        w.println("<!DOCTYPE html>");
        w.println("<html><head><meta charset=\"utf-8\"><title>Plenary dumps</title></head><body>");
        w.println("<h1>Plenary dumps</h1>");
        if (dir.isEmpty()) {
            w.println("<p>No dumps have been published.</p>");
        } else {
            w.println("<table><tr><th>File</th><th>Bytes</th></tr>");
            for (String name : listed(dir.get()))
                w.printf("<tr><td><a href=\"%s\">%s</a></td><td>%d</td></tr>%n", name, name, Files.size(dir.get().resolve(name)));
            w.println("</table>");
        }
        w.println("</body></html>");
    }
}
