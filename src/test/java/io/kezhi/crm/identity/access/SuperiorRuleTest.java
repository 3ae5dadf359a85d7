package io.kezhi.crm.identity.access;

import static io.kezhi.crm.testsupport.TestCompany.all;
import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.TestCompany;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 002's rule: a direct superior may do everything to a subordinate's records except delete;
 * superiors further up may view them. Everyone here has only "own" scope, in separate departments,
 * so nothing but the superior chain can give access.
 */
class SuperiorRuleTest extends ApiTest {

    private TestCompany company;
    private KezhiPrincipal director;
    private KezhiPrincipal manager;
    private KezhiPrincipal rep;
    private long repMemo;

    @BeforeEach
    void chain() throws Exception {
        company = fixtures.company();
        long role = company.role("本人", all("memo", DataScope.OWN));
        director = company.user("director", company.department("总部", company.rootDepartment()), null, role);
        manager = company.user("manager", company.department("北京", company.rootDepartment()), director.userId(),
                role);
        rep = company.user("rep", company.department("上海", company.rootDepartment()), manager.userId(), role);
        repMemo = post(rep, "/api/v1/test/memos", Map.of("title", "rep's memo")).expect(200).id();
    }

    @Test
    void directSuperiorMayDoEverythingButDelete() throws Exception {
        String url = "/api/v1/test/memos/" + repMemo;
        assertThat(get(manager, url).status()).isEqualTo(200);
        assertThat(get(manager, "/api/v1/test/memos/count").body().asLong()).isEqualTo(1);
        long version = get(manager, url).version();
        assertThat(patch(manager, url, Map.of("title", "edited by manager"), version).status()).isEqualTo(200);
        assertThat(post(manager, "/api/v1/shares/memo/" + repMemo,
                Map.of("granteeType", "USER", "granteeId", director.userId(), "accessLevel", "READ")).status())
                .isEqualTo(201);
        assertThat(delete(manager, url).status()).isEqualTo(404);
        assertThat(post(manager, url + "/assign", Map.of("ownerId", rep.userId())).status()).isEqualTo(200);
    }

    @Test
    void higherSuperiorMayOnlyView() throws Exception {
        String url = "/api/v1/test/memos/" + repMemo;
        assertThat(get(director, url).status()).isEqualTo(200);
        assertThat(get(director, "/api/v1/test/memos/export").body().size()).isEqualTo(1);
        long version = get(director, url).version();
        assertThat(patch(director, url, Map.of("title", "edited by director"), version).status()).isEqualTo(404);
        assertThat(delete(director, url).status()).isEqualTo(404);
        assertThat(post(director, url + "/assign", Map.of("ownerId", rep.userId())).status()).isEqualTo(404);
    }

    @Test
    void subordinatesDoNotSeeTheirSuperiorsRecords() throws Exception {
        long managerMemo = post(manager, "/api/v1/test/memos", Map.of("title", "manager's")).expect(200).id();
        assertThat(get(rep, "/api/v1/test/memos/" + managerMemo).status()).isEqualTo(404);
        assertThat(get(rep, "/api/v1/test/memos/count").body().asLong()).isEqualTo(1);
    }

    @Test
    void changingTheSuperiorMovesTheRightWithIt() throws Exception {
        KezhiPrincipal other = company.user("other", company.rootDepartment(), null,
                company.role("本人2", all("memo", DataScope.OWN)));
        long version = get(company.admin(), "/api/v1/users/" + rep.userId()).version();
        Response moved = post(company.admin(), "/api/v1/users/" + rep.userId() + "/move",
                Map.of("departmentId", get(company.admin(), "/api/v1/users/" + rep.userId()).body()
                        .get("departmentId").asLong(), "superiorId", other.userId(), "version", version));
        moved.expect(200);
        assertThat(get(manager, "/api/v1/test/memos/" + repMemo).status()).isEqualTo(404);
        assertThat(get(other, "/api/v1/test/memos/" + repMemo).status()).isEqualTo(200);
    }

    @Test
    void aSuperiorCycleIsRefused() throws Exception {
        long version = get(company.admin(), "/api/v1/users/" + director.userId()).version();
        long dept = get(company.admin(), "/api/v1/users/" + director.userId()).body().get("departmentId").asLong();
        Response cycle = post(company.admin(), "/api/v1/users/" + director.userId() + "/move",
                Map.of("departmentId", dept, "superiorId", rep.userId(), "version", version));
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.errorFields()).containsExactly("superiorId");
    }
}
