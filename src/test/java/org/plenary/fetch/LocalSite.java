package org.plenary.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 (the JDK's), serving what a test puts at each path, and noting every request it
 * gets (path, User-Agent, time), so that a test sees what a fetch asked for and when.
 */
public final class LocalSite implements AutoCloseable {
    /** What a path answers: a handler writes the whole response. */
    @FunctionalInterface
    public interface Answer { void write(HttpExchange x) throws IOException, InterruptedException; }

    /** One request as the server saw it. */
    public record Request(String path, String userAgent, long nanos) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "local-site");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        server.setExecutor(threads);
        server.createContext("/", x -> {
            requests.add(new Request(x.getRequestURI().getRawPath() + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery()),
                    x.getRequestHeaders().getFirst("User-Agent"), System.nanoTime()));
            Answer a = answers.get(x.getRequestURI().getRawPath());
            try {
                if (a == null) send(x, 404, "text/plain", "not here".getBytes());
                else a.write(x);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client went away (a time-out, a size limit): nothing to answer
            } finally {
                x.close();
            }
        });
        server.start();
    }

    public LocalSite at(String path, Answer a) {
        answers.put(path, a);
        return this;
    }

    public LocalSite at(String path, String contentType, byte[] body) {
        return at(path, x -> send(x, 200, contentType, body));
    }

    public static void send(HttpExchange x, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) x.getResponseHeaders().set("Content-Type", contentType);
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) try (OutputStream out = x.getResponseBody()) { out.write(body); }
    }

    public static void redirect(HttpExchange x, int status, String location) throws IOException {
        x.getResponseHeaders().set("Location", location);
        x.sendResponseHeaders(status, -1);
    }

    public URI url(String path) { return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path); }

    public int port() { return server.getAddress().getPort(); }

    public List<Request> requests() { return List.copyOf(requests); }

    public List<Request> requests(String path) { return requests.stream().filter(r -> r.path().equals(path)).toList(); }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
