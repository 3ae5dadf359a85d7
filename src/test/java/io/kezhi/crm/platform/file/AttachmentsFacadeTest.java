package io.kezhi.crm.platform.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.platform.AttachmentView;
import io.kezhi.crm.platform.Attachments;
import io.kezhi.crm.shared.SubjectRef;
import io.kezhi.crm.testsupport.TestCompany;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The facade other modules use: files of a record, counts for lists, merging and purging records. */
class AttachmentsFacadeTest extends FileApiTest {

    @Autowired
    private Attachments attachments;

    @Value("${kezhi.files.dir}")
    private Path filesDir;

    private TestCompany company;
    private long first;
    private long second;
    private long bare;

    @BeforeEach
    void setUp() throws Exception {
        company = fixtures.company();
        first = memo("甲");
        second = memo("乙");
        bare = memo("丙");
    }

    @Test
    void moveAllAttachesEveryFileToTheOtherRecord() throws Exception {
        long a = upload(company.admin(), "/api/v1/files/memo/" + first, "一.pdf", PDF).expect(201).id();
        long b = upload(company.admin(), "/api/v1/files/memo/" + first, "二.pdf", PDF).expect(201).id();
        long c = upload(company.admin(), "/api/v1/files/memo/" + second, "三.pdf", PDF).expect(201).id();

        company.asAdmin(() -> {
            attachments.moveAll(SubjectRef.of("memo", first), SubjectRef.of("memo", second));
            return null;
        });

        assertThat(get(company.admin(), "/api/v1/files/memo/" + first).body().size()).isZero();
        List<Long> moved = company.asAdmin(() -> attachments.of(SubjectRef.of("memo", second))).stream()
                .map(AttachmentView::id).toList();
        assertThat(moved).containsExactlyInAnyOrder(a, b, c);
        assertThat(download(company.admin(), a).getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(fixtures.jdbc().sql("SELECT COUNT(*) FROM stored_file_aud WHERE id = :id AND revtype = 1")
                .param("id", a).query(Long.class).single()).as("the move is in the history").isEqualTo(1);
    }

    @Test
    void countsComeInOneMapWithZeros() throws Exception {
        upload(company.admin(), "/api/v1/files/memo/" + first, "一.pdf", PDF).expect(201);
        upload(company.admin(), "/api/v1/files/memo/" + first, "二.pdf", PDF).expect(201);
        upload(company.admin(), "/api/v1/files/memo/" + second, "三.pdf", PDF).expect(201);
        Map<Long, Integer> counts = company.asAdmin(() -> attachments.counts("memo", List.of(first, second, bare)));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(first, 2, second, 1, bare, 0));
        assertThat(company.asAdmin(() -> attachments.counts("memo", List.of()))).isEmpty();
        assertThat(company.asAdmin(() -> attachments.counts("user", List.of(first)))).containsEntry(first, 0);
        TestCompany other = fixtures.company();
        assertThat(other.asAdmin(() -> attachments.counts("memo", List.of(first)))).as("other company")
                .containsEntry(first, 0);
    }

    @Test
    void deleteAllRemovesRowsAndFiles() throws Exception {
        long a = upload(company.admin(), "/api/v1/files/memo/" + first, "一.pdf", PDF).expect(201).id();
        long keep = upload(company.admin(), "/api/v1/files/memo/" + second, "二.pdf", PDF).expect(201).id();
        Path onDisk = filesDir.resolve(storageKey(a));

        company.asAdmin(() -> {
            attachments.deleteAll(SubjectRef.of("memo", first));
            return null;
        });

        assertThat(get(company.admin(), "/api/v1/files/memo/" + first).body().size()).isZero();
        assertThat(onDisk).doesNotExist();
        assertThat(filesDir.resolve(storageKey(keep))).exists();
    }

    private long memo(String title) throws Exception {
        return post(company.admin(), "/api/v1/test/memos", Map.of("title", title)).expect(200).id();
    }

    private String storageKey(long file) {
        return fixtures.jdbc().sql("SELECT storage_key FROM stored_file WHERE id = :id").param("id", file)
                .query(String.class).single();
    }
}
