package io.kezhi.crm.platform.file;

import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.ApiTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Uploads and downloads through MockMvc, for the attachment tests. */
abstract class FileApiTest extends ApiTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    /** Multipart field "file"; the client's content type is deliberately wrong. */
    Response upload(KezhiPrincipal user, String url, String name, byte[] content) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", name, "application/octet-stream", content);
        MvcResult result = mvc.perform(MockMvcRequestBuilders.multipart(url).file(file).with(as(user))
                .header("Accept-Language", "zh-CN")).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new Response(result.getResponse().getStatus(), body.isBlank() ? json.nullNode() : json.readTree(body),
                result.getResponse());
    }

    MvcResult download(KezhiPrincipal user, long file) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/api/v1/files/" + file + "/content").with(as(user)))
                .andReturn();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
