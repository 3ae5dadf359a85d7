package io.kezhi.crm.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like client over real HTTP: keeps cookies, sends the CSRF token from the XSRF-TOKEN
 * cookie the way the web client does, and can present a Bearer token instead.
 */
public final class BrowserSession {

    public record Reply(int status, JsonNode body, HttpResponse<String> raw) {
    }

    private final String base;
    private final JsonMapper json;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String bearer;

    public BrowserSession(int port, JsonMapper json) {
        this.base = "http://127.0.0.1:" + port; // java.net.CookieManager drops cookies for "localhost"
        this.json = json;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    public BrowserSession bearer(String token) {
        this.bearer = token;
        return this;
    }

    public Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Reply post(String path, Object body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    public Reply delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** Fetches a CSRF token and signs in. */
    public Reply login(String company, String username, String password) throws IOException, InterruptedException {
        get("/api/v1/auth/csrf");
        return post("/api/v1/auth/login", company == null
                ? java.util.Map.of("username", username, "password", password)
                : java.util.Map.of("company", company, "username", username, "password", password));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.header("Accept-Language", "zh-CN").header("User-Agent", "KezhiTest/1.0");
        cookie("XSRF-TOKEN").ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = client.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String text = response.body();
        JsonNode body = text == null || text.isBlank() || !text.trim().startsWith("{") && !text.trim().startsWith("[")
                ? json.nullNode() : json.readTree(text);
        return new Reply(response.statusCode(), body, response);
    }

    /** The same request without the CSRF header, to prove it is required. */
    public Reply postWithoutCsrf(String path, Object body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), json.nullNode(), response);
    }

}
