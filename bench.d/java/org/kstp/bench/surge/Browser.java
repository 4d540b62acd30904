package org.kstp.bench.surge;

import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated browser: its own cookie manager (so its own session cookie) and the CSRF token of its
 * session, on an HTTP client shared by all users (they share only pooled TCP connections, as behind
 * a proxy). Redirects are not followed: the benchmark looks at each 302 itself.
 */
final class Browser {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** What came back: status, the Location header (or null), the body, and how long it took. */
    record Response(int status, String location, String body, long nanos) {
        boolean toLogin() {
            return status == 302 && location != null && location.matches(".*/login(\\?.*)?$");
        }
    }

    final String base;
    final String username;
    final String password;
    private volatile CookieManager cookies = newJar();
    private volatile String csrf;

    Browser(String base, String username, String password) {
        this.base = base;
        this.username = username;
        this.password = password;
    }

    private static CookieManager newJar() {
        return new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    }

    /** Signs in through the login form with a fresh cookie jar; false if the product refused. */
    boolean login() throws IOException {
        cookies = newJar();
        csrf = null;
        get("/login");
        Response r = post("/login", Map.of("username", username, "password", password), null);
        return r.status() == 302 && r.location() != null && !r.location().contains("/login");
    }

    Response get(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A form post with the session's CSRF token added, and a Referer as a browser sends it. */
    Response post(String path, Map<String, String> fields, String refererPath) throws IOException {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((k, v) -> body.add(enc(k) + "=" + enc(v)));
        if (csrf != null) {
            body.add("_csrf=" + enc(csrf));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (refererPath != null) {
            request.header("Referer", base + refererPath);
        }
        return send(request);
    }

    private Response send(HttpRequest.Builder builder) throws IOException {
        URI uri = URI.create(builder.copy().build().uri().toString());
        List<String> cookie = cookies.get(uri, Map.of()).getOrDefault("Cookie", List.of());
        if (!cookie.isEmpty()) {
            builder.header("Cookie", String.join("; ", cookie));
        }
        builder.timeout(REQUEST_TIMEOUT);
        long t0 = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        long nanos = System.nanoTime() - t0;
        cookies.put(uri, response.headers().map());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return new Response(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                response.body(), nanos);
    }

    /**
     * A submit whose connection drops: the request is written in full and the socket closed without
     * reading the response (with {@code reset}, closed by RST, which may discard what the server has
     * not read yet), as when a phone loses its signal. The user does not know whether it went through.
     */
    void postAndDrop(String path, String refererPath, boolean reset) throws IOException {
        URI uri = URI.create(base + path);
        String body = "_csrf=" + enc(csrf == null ? "" : csrf);
        List<String> cookie = cookies.get(uri, Map.of()).getOrDefault("Cookie", List.of());
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                + (cookie.isEmpty() ? "" : "Cookie: " + String.join("; ", cookie) + "\r\n")
                + "Referer: " + base + refererPath + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((head + body).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (reset) {
                socket.setSoLinger(true, 0);
            }
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
