package io.kezhi.crm.platform;

import static io.kezhi.crm.testsupport.TestCompany.all;
import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.TestCompany;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Soft delete into the bin, scoped visibility, restore, early purge and the scheduled purge. */
class RecycleBinTest extends ApiTest {

    @Autowired
    private ApplicationContext context;

    private TestCompany company;
    private KezhiPrincipal rep;
    private KezhiPrincipal otherRep;

    @BeforeEach
    void setUp() {
        company = fixtures.company();
        long own = company.role("本人", all("memo", DataScope.OWN));
        rep = company.user("rep", company.department("一部", company.rootDepartment()), null, own);
        otherRep = company.user("other", company.department("二部", company.rootDepartment()), null, own);
    }

    @Test
    void deletedRecordsWaitInTheBinForWhoeverCouldDeleteThem() throws Exception {
        long memo = post(rep, "/api/v1/test/memos", Map.of("title", "待删")).expect(200).id();
        delete(rep, "/api/v1/test/memos/" + memo).expect(204);
        assertThat(get(rep, "/api/v1/test/memos/" + memo).status()).isEqualTo(404);
        JsonNode entries = get(rep, "/api/v1/recycle-bin").expect(200).body().get("items");
        assertThat(entries.size()).isEqualTo(1);
        assertThat(entries.get(0).get("title").asString()).isEqualTo("待删");
        assertThat(entries.get(0).get("deletedByName").asString()).isEqualTo("用户rep");
        Instant purgeAfter = Instant.parse(entries.get(0).get("purgeAfter").asString());
        assertThat(Duration.between(Instant.now(), purgeAfter).toDays()).isBetween(29L, 30L);
        assertThat(get(otherRep, "/api/v1/recycle-bin").body().get("items").size()).isZero();
        long entry = entries.get(0).get("id").asLong();
        assertThat(post(otherRep, "/api/v1/recycle-bin/" + entry + "/restore", Map.of()).status()).isEqualTo(404);
        assertThat(delete(rep, "/api/v1/recycle-bin/" + entry).status()).as("purging needs its own permission")
                .isEqualTo(403);

        post(rep, "/api/v1/recycle-bin/" + entry + "/restore", Map.of()).expect(204);
        assertThat(get(rep, "/api/v1/test/memos/" + memo).status()).isEqualTo(200);
        assertThat(get(rep, "/api/v1/recycle-bin").body().get("items").size()).isZero();
        JsonNode history = get(rep, "/api/v1/history/memo/" + memo).body().get("items");
        assertThat(history.get(0).get("action").asString()).isEqualTo("RESTORE");
        assertThat(history.get(1).get("action").asString()).isEqualTo("DELETE");
        assertThat(history.get(2).get("action").asString()).isEqualTo("CREATE");
    }

    @Test
    void purgeNowRemovesForGoodButKeepsHistory() throws Exception {
        long purger = company.role("清理", List.of(TestCompany.grant("recyclebin", Operation.DELETE, DataScope.ALL),
                TestCompany.grant("memo", Operation.DELETE, DataScope.ALL),
                TestCompany.grant("memo", Operation.VIEW, DataScope.ALL)));
        KezhiPrincipal cleaner = company.user("cleaner", company.rootDepartment(), null, purger);
        long memo = post(rep, "/api/v1/test/memos", Map.of("title", "彻底删除")).expect(200).id();
        delete(rep, "/api/v1/test/memos/" + memo).expect(204);
        long entry = get(cleaner, "/api/v1/recycle-bin").body().get("items").get(0).get("id").asLong();
        delete(cleaner, "/api/v1/recycle-bin/" + entry).expect(204);
        assertThat(fixtures.jdbc().sql("SELECT COUNT(*) FROM memo WHERE id = :id").param("id", memo)
                .query(Long.class).single()).isZero();
        assertThat(fixtures.jdbc().sql("SELECT COUNT(*) FROM memo_aud WHERE id = :id").param("id", memo)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theScheduledPurgeRemovesOnlyExpiredEntries() throws Exception {
        long old = post(rep, "/api/v1/test/memos", Map.of("title", "过期")).expect(200).id();
        long recent = post(rep, "/api/v1/test/memos", Map.of("title", "未过期")).expect(200).id();
        delete(rep, "/api/v1/test/memos/" + old).expect(204);
        delete(rep, "/api/v1/test/memos/" + recent).expect(204);
        fixtures.jdbc().sql("UPDATE recycle_entry SET purge_after = :past WHERE subject_id = :id")
                .param("past", fixtures.at(Instant.now().minusSeconds(60))).param("id", old).update();
        Object job = context.getBean("recycleBinPurgeJob");
        Method purgeAll = job.getClass().getDeclaredMethod("purgeAll", Instant.class);
        purgeAll.setAccessible(true);
        assertThat((int) purgeAll.invoke(job, Instant.now())).isGreaterThanOrEqualTo(1);
        assertThat(fixtures.jdbc().sql("SELECT COUNT(*) FROM memo WHERE id = :id").param("id", old)
                .query(Long.class).single()).isZero();
        assertThat(fixtures.jdbc().sql("SELECT COUNT(*) FROM memo WHERE id = :id").param("id", recent)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(get(rep, "/api/v1/recycle-bin").body().get("items").size()).isEqualTo(1);
    }

    @Test
    void organisationRecordsComeBackToo() throws Exception {
        long dept = company.department("临时部门", company.rootDepartment());
        long version = get(company.admin(), "/api/v1/departments/" + dept).version();
        delete(company.admin(), "/api/v1/departments/" + dept, version).expect(204);
        long role = company.role("临时角色", all("memo", DataScope.OWN));
        delete(company.admin(), "/api/v1/roles/" + role, get(company.admin(), "/api/v1/roles/" + role).version())
                .expect(204);
        long userVersion = get(company.admin(), "/api/v1/users/" + otherRep.userId()).version();
        delete(company.admin(), "/api/v1/users/" + otherRep.userId(), userVersion).expect(204);
        JsonNode entries = get(company.admin(), "/api/v1/recycle-bin?size=50").body().get("items");
        assertThat(entries.size()).isEqualTo(3);
        for (JsonNode entry : entries) {
            post(company.admin(), "/api/v1/recycle-bin/" + entry.get("id").asLong() + "/restore", Map.of())
                    .expect(204);
        }
        assertThat(get(company.admin(), "/api/v1/departments/" + dept).status()).isEqualTo(200);
        assertThat(get(company.admin(), "/api/v1/roles/" + role).status()).isEqualTo(200);
        assertThat(get(company.admin(), "/api/v1/users/" + otherRep.userId()).status()).isEqualTo(200);
        assertThat(get(company.admin(), "/api/v1/recycle-bin?type=user").body().get("items").size()).isZero();
    }
}
