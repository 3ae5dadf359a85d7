package io.kezhi.bench.sql;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Sends requests with a session the sign-in scenario established (its cookies and CSRF token). Safe for
 * use by several threads at once.
 */
public final class SessionClient {

    /** The answer's status and the time until its whole body was read. */
    public record Response(int status, long nanos) {

        public long millis() {
            return nanos / 1_000_000;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public SessionClient(String base) {
        this.base = base;
    }

    public Response send(OperationRequest request, Map<String, String> user) throws IOException, InterruptedException {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(base + request.path()))
                .timeout(Duration.ofMinutes(2)).header("Accept", "application/json")
                .header("Accept-Language", "zh-CN").header("User-Agent", "KezhiBench/1.0")
                .header("Cookie", "KZSESSION=" + user.get("kzsession") + "; XSRF-TOKEN=" + user.get("xsrf"));
        if (request.body() != null) {
            http.header("Content-Type", "application/json").header("X-XSRF-TOKEN", user.get("xsrf"))
                    .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        } else {
            http.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        long started = System.nanoTime();
        HttpResponse<byte[]> response = client.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Response(response.statusCode(), System.nanoTime() - started);
    }
}
