package org.plenary.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every request passes before a servlet sees it: the {@link SecurityHeaders}; a body read whole within
 * {@link #maxBodyBytes} (413 above) while the {@link TransferWatch} times it; parameters and body decoded strictly
 * ({@link StrictRequest}: 400 for a bad {@code %}-escape, bytes that are not UTF-8, an unknown charset); a JSONP
 * {@code callback} that is a plain JavaScript name (400 otherwise, as it is echoed into a script); and, for a SPARQL
 * query, a slot in the {@link QueryLane} (503 with {@code Retry-After} if none comes free in time).
 */
final class RequestGate implements AutoCloseable {
    /** A JSONP callback: a dotted JavaScript name, nothing that could close the call and start another statement. */
    static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,63}(\\.[A-Za-z_$][A-Za-z0-9_$]{0,63}){0,4}");

    /** How much of a body over the limit is still read (and discarded) so that the client receives its 413. */
    static final long DISCARD_LIMIT_BYTES = 16L * 1024 * 1024;

    final long maxBodyBytes;
    private final QueryLane lane;
    private final Duration laneWait;
    private final String sparqlPath;
    private final TransferWatch watch = new TransferWatch();

    /** What runs once a request has passed. */
    interface Next {
        void run(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException;
    }

    RequestGate(long maxBodyBytes, QueryLane lane, Duration laneWait, String sparqlPath) {
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("maxBodyBytes " + maxBodyBytes + ": at least 1024");
        this.maxBodyBytes = maxBodyBytes;
        this.lane = lane;
        this.laneWait = laneWait;
        this.sparqlPath = sparqlPath;
    }

    QueryLane lane() { return lane; }

    void pass(HttpServletRequest req, HttpServletResponse resp, Next next) throws IOException, ServletException {
        SecurityHeaders.apply(resp::setHeader);
        try (TransferWatch.Transfer transfer = watch.watch(req)) {
            HttpServletResponse out = transfer.response(resp);
            StrictRequest checked;
            try {
                checked = StrictRequest.of(req, hasBody(req) ? body(req, transfer) : null);
                String[] callbacks = checked.getParameterValues("callback");
                if (callbacks != null)
                    for (String c : callbacks)
                        if (!CALLBACK.matcher(c).matches())
                            throw new StrictRequest.BadRequest(400, "Bad callback \"" + Text.printable(c)
                                    + "\": a JSONP callback is a JavaScript name such as handle or app.handle");
            } catch (StrictRequest.BadRequest e) {
                refuse(resp, e.status, e.getMessage());
                return;
            }
            if (!isQuery(checked)) {
                next.run(checked, out);
                return;
            }
            QueryLane.Slot slot;
            try {
                slot = lane.enter(req.getRemoteAddr(), laneWait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (slot == null) {
                resp.setHeader("Retry-After", "5");
                refuse(resp, 503, "The query service is busy: no query slot came free within "
                        + laneWait.toSeconds() + " s. Try again later.");
                return;
            }
            transfer.holds(slot);
            try (QueryLane.Slot bound = slot.bind()) {
                next.run(checked, out);
            } finally {
                transfer.holds(null);
            }
        }
    }

    private boolean isQuery(HttpServletRequest req) {
        return sparqlPath.equals(req.getRequestURI()) && (req.getParameter("query") != null
                || (req.getContentType() != null && req.getContentType().toLowerCase(Locale.ROOT).startsWith("application/sparql-query")));
    }

    private static boolean hasBody(HttpServletRequest req) {
        return req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null;
    }

    /** The body, read whole; 413 if longer than the limit (announced or not). */
    private byte[] body(HttpServletRequest req, TransferWatch.Transfer transfer) throws IOException, StrictRequest.BadRequest {
        long announced = req.getContentLengthLong();
        // A client waiting for "100 Continue" sends nothing more if refused now, and one announcing a huge body is
        // not worth reading: refuse at once. Otherwise read on (see discardRest).
        boolean waitsForContinue = "100-continue".equalsIgnoreCase(String.valueOf(req.getHeader("Expect")).trim());
        if (announced > maxBodyBytes && (waitsForContinue || announced > DISCARD_LIMIT_BYTES)) throw tooLarge();
        transfer.startBody();
        try (InputStream in = req.getInputStream()) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk)) >= 0) {
                transfer.read(n);
                if (buf.size() + n > maxBodyBytes) {
                    discardRest(in, chunk, transfer, DISCARD_LIMIT_BYTES - buf.size() - n);
                    throw tooLarge();
                }
                buf.write(chunk, 0, n);
            }
            return buf.toByteArray();
        } finally {
            transfer.endBody();
        }
    }

    /**
     * Most clients send the whole body before they read the answer. Closing the connection on unread bytes makes
     * the kernel reset it, and the client loses the 413 with it (it sees "connection reset" instead). So a body
     * over the limit is read on and thrown away, up to {@link #DISCARD_LIMIT_BYTES} and at the watched minimum
     * data rate, before the refusal is sent.
     */
    private static void discardRest(InputStream in, byte[] chunk, TransferWatch.Transfer transfer, long budget) throws IOException {
        int n;
        while (budget > 0 && (n = in.read(chunk)) >= 0) {
            transfer.read(n);
            budget -= n;
        }
    }

    private StrictRequest.BadRequest tooLarge() {
        return new StrictRequest.BadRequest(413, "Request body over " + maxBodyBytes / 1024 + " KB: send a smaller query");
    }

    /** A plain-text refusal: one line saying what is wrong. */
    static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        if (resp.isCommitted()) return;
        resp.resetBuffer();
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        if (status == 413) resp.setHeader("Connection", "close");
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    @Override
    public void close() { watch.close(); }
}
