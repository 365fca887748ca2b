package org.plenary.publish;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose parameters were decoded strictly, and whose body (if any) was read whole, before any servlet sees
 * it. Servlets then never meet a malformed {@code %}-escape, bytes that are not UTF-8, an unknown charset or a body
 * over the size limit: those are refused up front with a {@link BadRequest} naming what is wrong (a 400 or 413)
 * rather than failing deep inside a servlet with a 500.
 */
final class StrictRequest extends HttpServletRequestWrapper {
    static final String FORM = "application/x-www-form-urlencoded";

    private final byte[] body;
    private final Charset charset;
    private final Map<String, List<String>> parameters;

    private StrictRequest(HttpServletRequest req, byte[] body, Charset charset, Map<String, List<String>> parameters) {
        super(req);
        this.body = body;
        this.charset = charset;
        this.parameters = parameters;
    }

    /** A request refused before it reached a servlet: the status and a message for the client. */
    static final class BadRequest extends Exception {
        final int status;

        BadRequest(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /**
     * Checks {@code req}'s query string and charset, and for a body ({@code body} is null when there is none, read
     * by the caller within its size limit) that it decodes; a form body's parameters are added to the query
     * string's.
     */
    static StrictRequest of(HttpServletRequest req, byte[] body) throws BadRequest {
        Charset charset = charset(req.getCharacterEncoding());
        Map<String, List<String>> params = new LinkedHashMap<>();
        String query = req.getQueryString();
        // Jetty hands the query string over as text (raw non-ASCII bytes already read as UTF-8); a form body is
        // read here as bytes, one char per byte.
        if (query != null) decodeForm(query, false, StandardCharsets.UTF_8, params, "the query string");
        if (body != null) {
            String type = mediaType(req.getContentType());
            if (FORM.equals(type))
                decodeForm(new String(body, StandardCharsets.ISO_8859_1), true, charset, params, "the form");
            else if (type == null || type.startsWith("text/") || type.startsWith("application/sparql"))
                decode(body, charset, "the request body");
        }
        return new StrictRequest(req, body, charset, params);
    }

    /** The charset a request names; UTF-8 when it names none. */
    static Charset charset(String name) throws BadRequest {
        if (name == null || name.isBlank()) return StandardCharsets.UTF_8;
        try {
            return Charset.forName(name.trim().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new BadRequest(400, "Unknown charset \"" + Text.printable(name) + "\" (send UTF-8)");
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null) return null;
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** Decodes {@code name=value&...} with strict {@code %}-escapes, each value's bytes in {@code charset}. */
    static void decodeForm(String form, boolean bytes, Charset charset, Map<String, List<String>> into, String where) throws BadRequest {
        for (String pair : form.split("&", -1)) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = unescape(eq < 0 ? pair : pair.substring(0, eq), bytes, charset, where);
            String value = eq < 0 ? "" : unescape(pair.substring(eq + 1), bytes, charset, where);
            into.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    /**
     * Undoes {@code %}-escapes and {@code +}. In {@code bytes} mode each char of {@code s} is one byte (a body);
     * otherwise {@code s} is text whose non-ASCII chars are themselves (a query string Jetty already decoded).
     */
    private static String unescape(String s, boolean bytes, Charset charset, String where) throws BadRequest {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) <= 0x7f;
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0 && (ascii || !bytes)) return s;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x7f && !bytes) {
                int end = i + 1;
                while (end < s.length() && s.charAt(end) > 0x7f) end++;
                out.writeBytes(s.substring(i, end).getBytes(charset));
                i = end - 1;
            } else if (c == '+') {
                out.write(' ');
            } else if (c == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (lo < 0)
                    throw new BadRequest(400, "Bad %-escape in " + where + " at \""
                            + Text.printable(s.substring(i, Math.min(s.length(), i + 3))) + "\"");
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(c);
            }
        }
        return decode(out.toByteArray(), charset, where);
    }

    private static String decode(byte[] bytes, Charset charset, String where) throws BadRequest {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequest(400, where.substring(0, 1).toUpperCase(Locale.ROOT) + where.substring(1)
                    + " is not valid " + charset.name());
        }
    }

    @Override
    public String getParameter(String name) {
        List<String> v = parameters.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> m = new LinkedHashMap<>();
        parameters.forEach((k, v) -> m.put(k, v.toArray(String[]::new)));
        return Collections.unmodifiableMap(m);
    }

    @Override
    public Enumeration<String> getParameterNames() { return Collections.enumeration(parameters.keySet()); }

    @Override
    public String[] getParameterValues(String name) {
        List<String> v = parameters.get(name);
        return v == null ? null : v.toArray(String[]::new);
    }

    @Override
    public String getCharacterEncoding() { return charset.name(); }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body == null ? new byte[0] : body);
        return new ServletInputStream() {
            @Override public int read() { return in.read(); }
            @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
            @Override public boolean isFinished() { return in.available() == 0; }
            @Override public boolean isReady() { return true; }
            @Override public void setReadListener(ReadListener l) {
                try {
                    l.onDataAvailable();
                    l.onAllDataRead();
                } catch (java.io.IOException e) {
                    l.onError(e);
                }
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() { return body == null ? super.getContentLength() : body.length; }

    @Override
    public long getContentLengthLong() { return body == null ? super.getContentLengthLong() : body.length; }
}
