package io.kezhi.crm.platform.file;

import static io.kezhi.crm.testsupport.TestCompany.all;
import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.TestCompany;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Attachments on the test record "memo": round trip, scope, other companies, deletion, history. */
class AttachmentApiTest extends FileApiTest {

    @Value("${kezhi.files.dir}")
    private Path filesDir;

    private TestCompany company;
    private KezhiPrincipal rep;
    private KezhiPrincipal outsider;
    private long memo;

    @BeforeEach
    void setUp() throws Exception {
        company = fixtures.company();
        long own = company.role("本人", all("memo", DataScope.OWN));
        rep = company.user("rep", company.department("一部", company.rootDepartment()), null, own);
        outsider = company.user("outsider", company.department("二部", company.rootDepartment()), null, own);
        memo = post(rep, "/api/v1/test/memos", Map.of("title", "合同跟进")).expect(200).id();
    }

    @Test
    void uploadListAndDownloadKeepNameBytesAndHash() throws Exception {
        String name = "报价单🚀2026.pdf";
        Response uploaded = upload(rep, "/api/v1/files/memo/" + memo, name, PDF).expect(201);
        long id = uploaded.id();
        assertThat(uploaded.raw().getHeader("Location")).isEqualTo("/api/v1/files/" + id + "/content");
        assertThat(uploaded.body().get("fileName").asString()).isEqualTo(name);
        assertThat(uploaded.body().get("contentType").asString()).as("derived, not the client's")
                .isEqualTo("application/pdf");
        assertThat(uploaded.body().get("sizeBytes").asLong()).isEqualTo(PDF.length);
        assertThat(uploaded.body().get("sha256").asString()).isEqualTo(sha256(PDF));
        assertThat(uploaded.body().get("uploadedByName").asString()).isEqualTo("用户rep");
        long older = upload(rep, "/api/v1/files/memo/" + memo, "notes.txt", "第一行\n".getBytes(StandardCharsets.UTF_8))
                .expect(201).id();

        JsonNode list = get(rep, "/api/v1/files/memo/" + memo).expect(200).body();
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(0).get("id").asLong()).as("newest first").isEqualTo(older);
        assertThat(list.get(1).get("id").asLong()).isEqualTo(id);

        MvcResult download = download(rep, id);
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(sha256(download.getResponse().getContentAsByteArray())).isEqualTo(sha256(PDF));
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader("Content-Length")).isEqualTo(String.valueOf(PDF.length));
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getResponse().getHeader("Content-Disposition")).isEqualTo(
                "attachment; filename=\"____2026.pdf\"; filename*=UTF-8''%E6%8A%A5%E4%BB%B7%E5%8D%95%F0%9F%9A%802026.pdf");
    }

    @Test
    void aRecordOutsideTheScopeAnswersLikeAMissingOne() throws Exception {
        long file = upload(rep, "/api/v1/files/memo/" + memo, "a.pdf", PDF).expect(201).id();
        Response missing = get(outsider, "/api/v1/files/memo/99999999");
        assertThat(missing.status()).isEqualTo(404);

        Response list = get(outsider, "/api/v1/files/memo/" + memo);
        assertThat(list.status()).isEqualTo(404);
        assertThat(list.body().get("detail")).isEqualTo(missing.body().get("detail"));
        Response add = upload(outsider, "/api/v1/files/memo/" + memo, "b.pdf", PDF);
        assertThat(add.status()).isEqualTo(404);
        assertThat(add.body().get("detail")).isEqualTo(missing.body().get("detail"));
        Response missingFile = get(outsider, "/api/v1/files/99999999/content");
        assertThat(missingFile.status()).isEqualTo(404);
        Response content = get(outsider, "/api/v1/files/" + file + "/content");
        assertThat(content.status()).isEqualTo(404);
        assertThat(content.body().get("detail")).isEqualTo(missingFile.body().get("detail"));
        assertThat(delete(outsider, "/api/v1/files/" + file).status()).isEqualTo(404);

        assertThat(get(rep, "/api/v1/files/memo/" + memo).body().size()).as("nothing changed").isEqualTo(1);
        long ownMemo = post(outsider, "/api/v1/test/memos", Map.of("title", "自己的")).expect(200).id();
        upload(outsider, "/api/v1/files/memo/" + ownMemo, "b.pdf", PDF).expect(201);
    }

    @Test
    void anotherCompanyCannotReachAFileEvenByItsId() throws Exception {
        long file = upload(rep, "/api/v1/files/memo/" + memo, "a.pdf", PDF).expect(201).id();
        KezhiPrincipal stranger = fixtures.company().admin();
        assertThat(get(stranger, "/api/v1/files/" + file + "/content").status()).isEqualTo(404);
        assertThat(delete(stranger, "/api/v1/files/" + file).status()).isEqualTo(404);
        assertThat(get(stranger, "/api/v1/files/memo/" + memo).status()).isEqualTo(404);
        assertThat(upload(stranger, "/api/v1/files/memo/" + memo, "b.pdf", PDF).status()).isEqualTo(404);
        assertThat(download(rep, file).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theApiIsDocumented() throws Exception {
        JsonNode paths = get(null, "/v3/api-docs").expect(200).body().get("paths");
        JsonNode upload = paths.get("/api/v1/files/{subjectType}/{subjectId}").get("post");
        assertThat(upload.get("operationId").asString()).isEqualTo("file_upload");
        assertThat(upload.at("/requestBody/content/multipart~1form-data/schema/properties/file/format").asString())
                .isEqualTo("binary");
        assertThat(paths.get("/api/v1/files/{id}/content").has("get")).isTrue();
        assertThat(paths.get("/api/v1/files/{id}").has("delete")).isTrue();
    }

    @Test
    void anUnknownSubjectTypeIsABadRequest() throws Exception {
        Response unknown = upload(rep, "/api/v1/files/nonsense/" + memo, "a.pdf", PDF);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("subjectType");
        assertThat(get(rep, "/api/v1/files/nonsense/" + memo).errorFields()).containsExactly("subjectType");
    }

    @Test
    void deletingRemovesTheRowThenTheFileAndHistoryKeepsBoth() throws Exception {
        long file = upload(rep, "/api/v1/files/memo/" + memo, "现场照片.pdf", PDF).expect(201).id();
        Path onDisk = filesDir.resolve(fixtures.jdbc().sql("SELECT storage_key FROM stored_file WHERE id = :id")
                .param("id", file).query(String.class).single());
        assertThat(onDisk).exists().hasBinaryContent(PDF);
        assertThat(onDisk.toString()).contains(String.valueOf(company.id())).doesNotContain("现场照片");

        delete(rep, "/api/v1/files/" + file).expect(204);
        assertThat(fixtures.jdbc().sql("SELECT COUNT(*) FROM stored_file WHERE id = :id").param("id", file)
                .query(Long.class).single()).isZero();
        assertThat(onDisk).doesNotExist();
        assertThat(get(rep, "/api/v1/files/" + file + "/content").status()).isEqualTo(404);
        assertThat(get(rep, "/api/v1/files/memo/" + memo).body().size()).isZero();

        List<Map<String, Object>> history = fixtures.jdbc().sql("""
                SELECT a.revtype, a.file_name, a.subject_id, r.user_id, r.user_name FROM stored_file_aud a
                JOIN audit_revision r ON r.id = a.rev WHERE a.id = :id ORDER BY a.rev""")
                .param("id", file).query().listOfRows();
        assertThat(history).hasSize(2);
        assertThat(((Number) history.get(0).get("revtype")).intValue()).as("upload").isZero();
        assertThat(((Number) history.get(1).get("revtype")).intValue()).as("deletion").isEqualTo(2);
        for (Map<String, Object> revision : history) {
            assertThat(revision.get("file_name")).isEqualTo("现场照片.pdf");
            assertThat(((Number) revision.get("subject_id")).longValue()).isEqualTo(memo);
            assertThat(((Number) revision.get("user_id")).longValue()).isEqualTo(rep.userId());
            assertThat(revision.get("user_name")).isEqualTo("用户rep");
        }
    }
}
