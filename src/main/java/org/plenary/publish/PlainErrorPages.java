package org.plenary.publish;

import java.io.IOException;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.plenary.publish.site.ErrorPage;

/**
 * Error pages that say what went wrong and never which Java class failed: an exception's class name tells a client
 * nothing it can act on and tells an attacker which library and version to aim at. Jetty's pages print
 * {@code exception.toString()} ("org.apache.jena.sparql.ARQException: ...") as the message; here the class names
 * are cut from it, and a message that was nothing but a class name becomes the status's own reason.
 */
final class PlainErrorPages {
    /** A qualified Java class name, with the ": " that follows it in {@code Throwable.toString()}. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?::\\s*)?");

    /** Rows of Jetty's error page that name classes (the servlet, the cause). */
    private static final java.util.Set<String> HIDDEN_ROWS = java.util.Set.of("SERVLET", "CAUSED BY");

    private PlainErrorPages() {}

    /** {@code message} with class names removed; the status reason if nothing else is left. */
    static String publicMessage(int status, String message) {
        String m = message == null ? "" : CLASS_NAME.matcher(message).replaceAll("").strip();
        return m.isEmpty() ? HttpStatus.getMessage(status) : m;
    }

    /**
     * The HTML answer (the one Jetty picks for a client that accepts HTML): the site's error page, with the status in
     * words and the public message; JSON and plain-text clients keep Jetty's answers.
     */
    static void writeSitePage(Request request, java.io.Writer writer, int code, String message) throws IOException {
        String reason = HttpStatus.getMessage(code);
        writer.write(ErrorPage.html(code, reason, publicMessage(code, message), request.getHttpURI().getDecodedPath(), java.util.List.of()));
    }

    /** For the servlet context (errors of Fuseki and the site's servlets). */
    static final class ForServlets extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
        ForServlets() {
            setShowStacks(false);
            setShowCauses(false);
        }

        @Override
        protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                        Callback callback) throws IOException {
            super.generateResponse(request, response, code, publicMessage(code, message), null, callback);
        }

        @Override
        protected void htmlRow(java.io.Writer writer, String tag, Object value) throws IOException {
            if (!HIDDEN_ROWS.contains(tag)) super.htmlRow(writer, tag, value);
        }

        @Override
        protected void writeErrorHtml(Request request, java.io.Writer writer, java.nio.charset.Charset charset, int code,
                                      String message, Throwable cause) throws IOException {
            writeSitePage(request, writer, code, message);
        }
    }

    /** For the server (errors raised before any servlet: a request Jetty cannot parse). */
    static final class ForServer extends org.eclipse.jetty.server.handler.ErrorHandler {
        ForServer() {
            setShowStacks(false);
            setShowCauses(false);
        }

        @Override
        protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                        Callback callback) throws IOException {
            super.generateResponse(request, response, code, publicMessage(code, message), null, callback);
        }

        @Override
        protected void htmlRow(java.io.Writer writer, String tag, Object value) throws IOException {
            if (!HIDDEN_ROWS.contains(tag)) super.htmlRow(writer, tag, value);
        }

        @Override
        protected void writeErrorHtml(Request request, java.io.Writer writer, java.nio.charset.Charset charset, int code,
                                      String message, Throwable cause) throws IOException {
            writeSitePage(request, writer, code, message);
        }
    }
}
