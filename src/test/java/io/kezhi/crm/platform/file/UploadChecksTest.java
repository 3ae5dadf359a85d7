package io.kezhi.crm.platform.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.testsupport.TestCompany;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * What an upload must pass, each refusal naming the field "file" and storing nothing. The test
 * profile sets kezhi.files.max-size to 1MB.
 */
class UploadChecksTest extends FileApiTest {

    /** The start of a Windows executable. */
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    private TestCompany company;
    private String url;

    @BeforeEach
    void setUp() throws Exception {
        company = fixtures.company();
        url = "/api/v1/files/memo/" + post(company.admin(), "/api/v1/test/memos", Map.of("title", "附件检查"))
                .expect(200).id();
    }

    @Test
    void anExecutableRenamedToPdfIsRefused() throws Exception {
        Response renamed = upload(company.admin(), url, "合同.pdf", EXE);
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.errorFields()).containsExactly("file");
        assertThat(message(renamed)).isEqualTo("文件内容与扩展名 .pdf 不符");
        assertThat(upload(company.admin(), url, "photo.png", PDF).errorFields()).as("a pdf is no png")
                .containsExactly("file");
        assertNothingStored();
    }

    @Test
    void onlyAllowedExtensionsAreAccepted() throws Exception {
        Response exe = upload(company.admin(), url, "setup.exe", EXE);
        assertThat(exe.status()).isEqualTo(400);
        assertThat(exe.errorFields()).containsExactly("file");
        assertThat(message(exe)).startsWith("不允许上传 .exe 文件，可上传的类型：pdf, png, jpg");
        Response unknown = upload(company.admin(), url, "data.xyz", "plain".getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.errorFields()).containsExactly("file");
        Response none = upload(company.admin(), url, "README", "plain".getBytes(StandardCharsets.UTF_8));
        assertThat(none.errorFields()).containsExactly("file");
        assertThat(upload(company.admin(), url, "dots.pdf. ", PDF).expect(201).body().get("fileName").asString())
                .as("trailing dots and spaces are dropped").isEqualTo("dots.pdf");
        assertThat(upload(company.admin(), url, "UPPER.PDF", PDF).status()).isEqualTo(201);
    }

    @Test
    void emptyAndMissingFilesAreRefused() throws Exception {
        Response empty = upload(company.admin(), url, "empty.txt", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFields()).containsExactly("file");
        assertThat(message(empty)).isEqualTo("文件是空的");
        MvcResult missing = mvc.perform(MockMvcRequestBuilders.multipart(url)
                .file(new MockMultipartFile("other", "a.pdf", "application/pdf", PDF)).with(as(company.admin())))
                .andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
        assertThat(json.readTree(missing.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("errors")
                .get(0).get("field").asString()).isEqualTo("file");
        assertNothingStored();
    }

    @Test
    void filesAboveTheLimitAreRefusedWith413() throws Exception {
        byte[] big = Arrays.copyOf(PDF, 1024 * 1024 + 1);
        Response tooLarge = upload(company.admin(), url, "big.pdf", big);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body().get("code").asString()).isEqualTo("too-large");
        assertThat(tooLarge.errorFields()).containsExactly("file");
        assertThat(message(tooLarge)).isEqualTo("文件不能超过 1 MB");
        assertNothingStored();
        assertThat(upload(company.admin(), url, "limit.pdf", Arrays.copyOf(PDF, 1024 * 1024)).status())
                .as("exactly the limit is fine").isEqualTo(201);
    }

    @Test
    void textMustBeText() throws Exception {
        byte[] binary = "第一行\n\0第二行".getBytes(StandardCharsets.UTF_8);
        assertThat(upload(company.admin(), url, "notes.txt", binary).errorFields()).containsExactly("file");
        assertThat(upload(company.admin(), url, "list.csv", "名称,数量\n纸,3\n".getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(201);
    }

    @Test
    void refusalsSpeakEnglishToo() throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.multipart(url)
                .file(new MockMultipartFile("file", "contract.pdf", "application/pdf", EXE))
                .with(as(company.admin())).header("Accept-Language", "en-US")).andReturn();
        JsonNode body = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.get("errors").get(0).get("message").asString()).isEqualTo("the content is not a .pdf file");
    }

    private void assertNothingStored() {
        assertThat(fixtures.jdbc().sql("SELECT COUNT(*) FROM stored_file WHERE tenant_id = :t").param("t", company.id())
                .query(Long.class).single()).isZero();
    }

    private static String message(Response response) {
        return response.body().get("errors").get(0).get("message").asString();
    }
}
