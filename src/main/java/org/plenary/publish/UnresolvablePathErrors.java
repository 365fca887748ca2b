package org.plenary.publish;

import java.util.Objects;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The server's error handler, answering 404 instead of 400 to a request whose path Jetty cannot resolve: one
 * whose {@code ..} segments climb above the root ({@code /dumps/../../etc/passwd}), or that holds an encoded NUL
 * ({@code /dumps/plenary.nq%00.txt}). Nothing is found at such a path, like any other unknown one.
 * <p>
 * Jetty 12 resolves the path while it parses the request line ({@code HttpURI.Mutable.parse} throws
 * {@code IllegalArgumentException("Bad URI")} when the canonical path would climb above the root, and
 * {@code "Illegal character in path"} for {@code %00}), whatever the URI compliance mode. The parser turns that into
 * a 400 {@code BadMessageException} and hands it to the server's error handler with a placeholder request
 * ({@code BAD /badMessage}); no handler ever sees the path, so nothing can be served from it. Only that
 * exception, thrown by {@link HttpURI}, is mapped; every other error (a malformed query, a bad header, an
 * ambiguous or badly encoded path) keeps its status and message.
 */
final class UnresolvablePathErrors implements Request.Handler {
    private final Request.Handler delegate;

    UnresolvablePathErrors(Request.Handler delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SecurityHeaders.apply((name, value) -> response.getHeaders().put(name, value));
        if (isUnresolvablePath((Throwable) request.getAttribute(ErrorHandler.ERROR_EXCEPTION))) {
            response.setStatus(HttpStatus.NOT_FOUND_404);
            request = new NotFound(request);
        }
        return delegate.handle(request, response, callback);
    }

    @Override
    public InvocationType getInvocationType() { return delegate.getInvocationType(); }

    /** The error request, as a 404 with no exception (the ErrorRequest of Jetty would fall back to the 400's). */
    private static final class NotFound extends Request.Wrapper {
        NotFound(Request error) { super(error); }

        @Override
        public Object getAttribute(String name) {
            return switch (name) {
                case ErrorHandler.ERROR_STATUS -> HttpStatus.NOT_FOUND_404;
                case ErrorHandler.ERROR_MESSAGE -> HttpStatus.getMessage(HttpStatus.NOT_FOUND_404);
                case ErrorHandler.ERROR_EXCEPTION -> null;
                default -> super.getAttribute(name);
            };
        }
    }

    /** A 400 caused by HttpURI's own refusal of a path it cannot canonicalise. */
    static boolean isUnresolvablePath(Throwable error) {
        if (!(error instanceof org.eclipse.jetty.http.HttpException http) || http.getCode() != HttpStatus.BAD_REQUEST_400)
            return false;
        Throwable cause = error.getCause();
        if (!(cause instanceof IllegalArgumentException) || cause.getStackTrace().length == 0)
            return false;
        String message = cause.getMessage();
        return ("Bad URI".equals(message) || "Illegal character in path".equals(message))
                && cause.getStackTrace()[0].getClassName().startsWith(HttpURI.class.getName());
    }
}
