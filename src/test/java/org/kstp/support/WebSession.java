package org.kstp.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser over real HTTP (its own cookies, hence its own session in identity_http_session): pages are
 * fetched without following redirects, and forms are posted with the CSRF token of the page last fetched.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String token;

    public WebSession(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)).GET().build());
        Matcher found = CSRF.matcher(page.body());
        if (found.find()) {
            token = found.group(1);
        }
        return page;
    }

    /** Posts the form with the token of the page fetched last; pairs are name, value, name, value, ... */
    public HttpResponse<String> post(String path, String... pairs) {
        StringBuilder body = new StringBuilder("_csrf=").append(enc(token));
        for (int i = 0; i < pairs.length; i += 2) {
            body.append('&').append(enc(pairs[i])).append('=').append(enc(pairs[i + 1]));
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", uri("/").toString()).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /** Fetches the sign-in page for its token (call it before {@link #submitSignIn}). */
    public void openSignIn() {
        get("/login");
    }

    /** The answer's redirect target, e.g. "/workbench" or "/login?error=bad". */
    public String submitSignIn(String username, String password) {
        return location(post("/login", "username", username, "password", password));
    }

    public String signIn(String username, String password) {
        openSignIn();
        return submitSignIn(username, password);
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse("");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
