package io.kezhi.crm.platform.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.BrowserSession;
import io.kezhi.crm.testsupport.Fixtures;
import io.kezhi.crm.testsupport.TestCompany;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Uploads through the real servlet container (MockMvc skips multipart parsing): file names in
 * UTF-8 survive, and a body above the container's multipart limit gets problem details, not an
 * HTML error page.
 */
class UploadOverHttpTest extends ApiTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private BrowserSession session;
    private String url;

    @BeforeEach
    void signIn() throws Exception {
        TestCompany company = fixtures.company();
        long memo = post(company.admin(), "/api/v1/test/memos", Map.of("title", "真实上传")).expect(200).id();
        url = "http://127.0.0.1:" + port + "/api/v1/files/memo/" + memo;
        session = new BrowserSession(port, json);
        session.login(company.code(), "admin", Fixtures.PASSWORD);
        assertThat(session.cookie("KZSESSION")).isPresent();
    }

    @Test
    void aChineseFileNameArrivesIntact() throws Exception {
        String name = "客户资料📎（终版）.pdf";
        HttpResponse<String> response = send(name, FileApiTest.PDF);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json.readTree(response.body()).get("fileName").asString()).isEqualTo(name);
    }

    @Test
    void aBodyAboveTheContainerLimitIsA413Problem() throws Exception {
        // above spring.servlet.multipart.max-file-size (25MB), within max-request-size (26MB): the
        // container reads the part up to its limit and refuses; a client sending far more than the
        // limits may find the connection closed before it has read the answer
        byte[] huge = Arrays.copyOf(FileApiTest.PDF, 25 * 1024 * 1024 + 100 * 1024);
        HttpResponse<String> response = send("huge.pdf", huge);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("code").asString()).isEqualTo("too-large");
    }

    @Test
    void anUnparsableMultipartBodyIsABadRequest() throws Exception {
        HttpResponse<String> response = client.send(signedIn(HttpRequest.newBuilder(URI.create(url)))
                .header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("no boundary, no parts")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("unreadable");
    }

    private HttpResponse<String> send(String fileName, byte[] content) throws Exception {
        String boundary = "----kezhi" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = signedIn(HttpRequest.newBuilder(URI.create(url)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The browser session's cookies and CSRF header. */
    private HttpRequest.Builder signedIn(HttpRequest.Builder request) {
        String csrf = session.cookie("XSRF-TOKEN").orElseThrow();
        return request.header("Cookie", "KZSESSION=" + session.cookie("KZSESSION").orElseThrow() + "; XSRF-TOKEN="
                + csrf).header("X-XSRF-TOKEN", csrf).header("Accept-Language", "zh-CN");
    }
}
