package org.plenary.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * What SPARQL clients send to {@code /sparql} beyond the SPARQL 1.1 protocol, made into what Fuseki understands:
 * <ul>
 * <li>{@code format=}, {@code output=} and {@code results=} (SPARQLWrapper sends all three, with values such as
 *     {@code json}, {@code xml}, {@code csv}, {@code tsv}, {@code n3}, {@code turtle}, {@code rdf+xml},
 *     {@code json-ld}, or a media type) choose the answer's format: they become the Accept header, for SELECT/ASK
 *     and CONSTRUCT/DESCRIBE alike ({@code json} is SPARQL JSON results or JSON-LD, {@code xml} SPARQL XML results
 *     or RDF/XML), and are hidden from Fuseki, which knows only a few of these names. An unknown value is a 400
 *     naming the parameter.</li>
 * <li>{@code HEAD} with a query answers the headers a {@code GET} would, without the body.</li>
 * <li>Every answer, whatever the method or status, varies by Accept and says so ({@code Vary: Accept}).</li>
 * </ul>
 */
final class SparqlClientRequests implements Filter {
    static final List<String> FORMAT_PARAMETERS = List.of("format", "output", "results");
    /** Short names and the media types they stand for, results formats before RDF syntaxes. */
    private static final Map<String, String> SHORT_NAMES = new LinkedHashMap<>();
    static {
        SHORT_NAMES.put("json", "application/sparql-results+json, application/ld+json");
        SHORT_NAMES.put("xml", "application/sparql-results+xml, application/rdf+xml");
        SHORT_NAMES.put("csv", "text/csv");
        SHORT_NAMES.put("tsv", "text/tab-separated-values");
        SHORT_NAMES.put("text", "text/plain");
        SHORT_NAMES.put("n3", "text/turtle");
        SHORT_NAMES.put("turtle", "text/turtle");
        SHORT_NAMES.put("ttl", "text/turtle");
        SHORT_NAMES.put("nt", "application/n-triples");
        SHORT_NAMES.put("rdf", "application/rdf+xml");
        SHORT_NAMES.put("rdf+xml", "application/rdf+xml");
        SHORT_NAMES.put("json-ld", "application/ld+json");
        SHORT_NAMES.put("jsonld", "application/ld+json");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("Vary", "Accept");
        String accept;
        try {
            accept = acceptFromParameters(req);
        } catch (IllegalArgumentException e) {
            resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().println(e.getMessage());
            return;
        }
        boolean head = "HEAD".equals(req.getMethod()) && req.getQueryString() != null;
        if (accept == null && !head) {
            chain.doFilter(req, resp);
            return;
        }
        chain.doFilter(new Translated(req, accept, head), head ? new Headless(resp) : resp);
    }

    /** The Accept header the format parameters ask for, or null when there are none. */
    static String acceptFromParameters(HttpServletRequest req) {
        Set<String> types = new LinkedHashSet<>();
        for (String name : FORMAT_PARAMETERS) {
            String[] values = req.getParameterValues(name);
            if (values == null) continue;
            // SPARQLWrapper repeats a parameter with its Accept header, a comma-separated list of media types.
            for (String v : values) for (String one : v.split(",")) {
                String value = one.trim().toLowerCase(Locale.ROOT);
                if (value.isEmpty()) continue;
                String type = SHORT_NAMES.get(value);
                if (type == null && value.matches("[a-z0-9.+-]+/[a-z0-9.+*-]+")) type = value;
                if (type == null)
                    throw new IllegalArgumentException("Unknown value '" + v + "' for parameter '" + name + "': use one of "
                            + String.join(", ", SHORT_NAMES.keySet()) + ", or a media type");
                types.add(type);
            }
        }
        return types.isEmpty() ? null : String.join(", ", types);
    }

    /** The request with the format parameters made into its Accept header, and a HEAD made into a GET. */
    private static final class Translated extends HttpServletRequestWrapper {
        private final String accept;
        private final boolean head;

        Translated(HttpServletRequest req, String accept, boolean head) {
            super(req);
            this.accept = accept;
            this.head = head;
        }

        @Override public String getMethod() { return head ? "GET" : super.getMethod(); }

        @Override public String getHeader(String name) {
            return accept != null && "Accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override public Enumeration<String> getHeaders(String name) {
            return accept != null && "Accept".equalsIgnoreCase(name) ? Collections.enumeration(List.of(accept)) : super.getHeaders(name);
        }

        @Override public String getParameter(String name) {
            return accept != null && FORMAT_PARAMETERS.contains(name) ? null : super.getParameter(name);
        }

        @Override public String[] getParameterValues(String name) {
            return accept != null && FORMAT_PARAMETERS.contains(name) ? null : super.getParameterValues(name);
        }

        @Override public Map<String, String[]> getParameterMap() {
            if (accept == null) return super.getParameterMap();
            Map<String, String[]> m = new LinkedHashMap<>(super.getParameterMap());
            FORMAT_PARAMETERS.forEach(m::remove);
            return Collections.unmodifiableMap(m);
        }

        @Override public Enumeration<String> getParameterNames() {
            return Collections.enumeration(new ArrayList<>(getParameterMap().keySet()));
        }
    }

    /** A response whose body is dropped: the answer to a HEAD has the headers of the GET and nothing else. */
    private static final class Headless extends HttpServletResponseWrapper {
        private final ServletOutputStream nothing = new ServletOutputStream() {
            @Override public boolean isReady() { return true; }
            @Override public void setWriteListener(WriteListener listener) {}
            @Override public void write(int b) {}
            @Override public void write(byte[] b, int off, int len) {}
        };

        Headless(HttpServletResponse resp) { super(resp); }

        @Override public ServletOutputStream getOutputStream() { return nothing; }
        @Override public PrintWriter getWriter() { return new PrintWriter(OutputStream.nullOutputStream()); }
    }
}
