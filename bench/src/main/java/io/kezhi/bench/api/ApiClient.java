package io.kezhi.bench.api;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One signed-in browser-like session against the application: keeps the session cookie and sends the
 * CSRF token from the XSRF-TOKEN cookie, as the web client does. Not for parallel use by several
 * threads (give each thread its own session).
 */
public final class ApiClient {

    /** An answer with the time it took, for the sanity checks' timings. */
    public record Reply(int status, JsonNode body, long millis) {

        public JsonNode ok() {
            if (status / 100 != 2) {
                throw new ApiException(status, body);
            }
            return body;
        }
    }

    /** A non-2xx answer where one was expected. */
    public static final class ApiException extends RuntimeException {
        ApiException(int status, JsonNode body) {
            super("HTTP " + status + ": " + body);
        }
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String operatorToken;

    /** @param base e.g. http://127.0.0.1:8080 (an IP address: java.net.CookieManager drops cookies for "localhost") */
    public ApiClient(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public ApiClient operatorToken(String token) {
        this.operatorToken = token;
        return this;
    }

    /** Fetches a CSRF token and signs in with the company code, login name and password. */
    public ApiClient login(String company, String username, String password) {
        get("/api/v1/auth/csrf").ok();
        post("/api/v1/auth/login", Map.of("company", company, "username", username, "password", password)).ok();
        return this;
    }

    /** The value of a cookie the application set on this session, such as KZSESSION or XSRF-TOKEN. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Reply post(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
    }

    public Reply put(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
    }

    /** A multipart/form-data POST of one file in the part {@code field}, as a browser's file input sends it. */
    public Reply upload(String path, String field, String fileName, String contentType, byte[] content) {
        String boundary = "KezhiBench" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail))));
    }

    private Reply send(HttpRequest.Builder request) {
        request.header("Accept-Language", "zh-CN").header("Accept", "application/json")
                .header("User-Agent", "KezhiBench/1.0").timeout(Duration.ofMinutes(2));
        cookie("XSRF-TOKEN").ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        if (operatorToken != null) {
            request.header("X-Operator-Token", operatorToken);
        }
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long millis = (System.nanoTime() - started) / 1_000_000;
            String text = response.body();
            JsonNode body = text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
            return new Reply(response.statusCode(), body, millis);
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the application at " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
