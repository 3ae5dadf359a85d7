package io.kezhi.crm.identity.department;

import static io.kezhi.crm.testsupport.TestCompany.all;
import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.TestCompany;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Moving a department keeps every path right: sub-departments, users and owned records. */
class DepartmentMoveTest extends ApiTest {

    private TestCompany company;
    private long bj;
    private long bj1;
    private long bj1a;
    private long sh;
    private KezhiPrincipal deepRep;
    private KezhiPrincipal bjDirector;
    private KezhiPrincipal shDirector;
    private long memo;

    @BeforeEach
    void tree() throws Exception {
        company = fixtures.company();
        bj = company.department("北京分公司", company.rootDepartment());
        bj1 = company.department("北京一部", bj);
        bj1a = company.department("北京一部甲组", bj1);
        sh = company.department("上海分公司", company.rootDepartment());
        long tree = company.role("部门树", all("memo", DataScope.DEPARTMENT_TREE));
        deepRep = company.user("deeprep", bj1a, null, tree);
        bjDirector = company.user("bjdir", bj, null, tree);
        shDirector = company.user("shdir", sh, null, tree);
        memo = post(deepRep, "/api/v1/test/memos", Map.of("title", "深层记录")).expect(200).id();
    }

    @Test
    void movingASubtreeRewritesPathsAndScopeFollows() throws Exception {
        assertThat(get(bjDirector, "/api/v1/test/memos/" + memo).status()).isEqualTo(200);
        assertThat(get(shDirector, "/api/v1/test/memos/" + memo).status()).isEqualTo(404);

        long version = get(company.admin(), "/api/v1/departments/" + bj1).version();
        Response moved = post(company.admin(), "/api/v1/departments/" + bj1 + "/move",
                Map.of("parentId", sh, "version", version)).expect(200);
        String shPath = get(company.admin(), "/api/v1/departments/" + sh).body().get("path").asString();
        assertThat(moved.body().get("path").asString()).isEqualTo(shPath + bj1 + "/");
        assertThat(moved.body().get("depth").asInt()).isEqualTo(3);
        assertThat(get(company.admin(), "/api/v1/departments/" + bj1a).body().get("path").asString())
                .isEqualTo(shPath + bj1 + "/" + bj1a + "/");
        assertThat(get(company.admin(), "/api/v1/departments/" + bj1a).body().get("depth").asInt()).isEqualTo(4);
        String userPath = fixtures.jdbc().sql("SELECT dept_path FROM app_user WHERE id = :id")
                .param("id", deepRep.userId()).query(String.class).single();
        assertThat(userPath).isEqualTo(shPath + bj1 + "/" + bj1a + "/");
        assertThat(get(company.admin(), "/api/v1/test/memos/" + memo).body().get("ownerDeptPath").asString())
                .isEqualTo(shPath + bj1 + "/" + bj1a + "/");

        assertThat(get(bjDirector, "/api/v1/test/memos/" + memo).status()).isEqualTo(404);
        assertThat(get(shDirector, "/api/v1/test/memos/" + memo).status()).isEqualTo(200);
        assertThat(get(company.admin(), "/api/v1/history/department/" + bj1).body().get("items").get(0)
                .get("changes").get(0).get("afterText").asString()).isEqualTo("上海分公司");
    }

    @Test
    void impossibleMovesAreRefusedAndChangeNothing() throws Exception {
        long version = get(company.admin(), "/api/v1/departments/" + bj).version();
        Response intoOwnChild = post(company.admin(), "/api/v1/departments/" + bj + "/move",
                Map.of("parentId", bj1a, "version", version));
        assertThat(intoOwnChild.status()).isEqualTo(400);
        assertThat(intoOwnChild.errorFields()).containsExactly("parentId");
        long rootVersion = get(company.admin(), "/api/v1/departments/" + company.rootDepartment()).version();
        assertThat(post(company.admin(), "/api/v1/departments/" + company.rootDepartment() + "/move",
                Map.of("parentId", sh, "version", rootVersion)).status()).isEqualTo(409);
        assertThat(post(company.admin(), "/api/v1/departments/" + bj1 + "/move",
                Map.of("parentId", sh, "version", 999)).status()).as("stale version").isEqualTo(409);
        assertThat(post(company.admin(), "/api/v1/departments/" + bj1 + "/move", Map.of("parentId", sh)).status())
                .as("no version").isEqualTo(428);
        assertThat(get(company.admin(), "/api/v1/departments/" + bj1).body().get("parentId").asLong()).isEqualTo(bj);
    }

    @Test
    void departmentsWithMembersOrChildrenCannotBeDeleted() throws Exception {
        long version = get(company.admin(), "/api/v1/departments/" + bj1).version();
        assertThat(delete(company.admin(), "/api/v1/departments/" + bj1, version).status()).isEqualTo(409);
        long empty = company.department("空部门", sh);
        long emptyVersion = get(company.admin(), "/api/v1/departments/" + empty).version();
        delete(company.admin(), "/api/v1/departments/" + empty, emptyVersion).expect(204);
        assertThat(get(company.admin(), "/api/v1/departments/" + empty).status()).isEqualTo(404);
    }

    @Test
    void recordsLeftInADeletedDepartmentStayInTheTreeAbove() throws Exception {
        long userVersion = get(company.admin(), "/api/v1/users/" + deepRep.userId()).expect(200).version();
        Map<String, Object> move = new java.util.HashMap<>();
        move.put("departmentId", sh);
        move.put("superiorId", null);
        move.put("version", userVersion);
        post(company.admin(), "/api/v1/users/" + deepRep.userId() + "/move", move).expect(200);
        long version = get(company.admin(), "/api/v1/departments/" + bj1a).version();
        delete(company.admin(), "/api/v1/departments/" + bj1a, version).expect(204);

        assertThat(listed(bjDirector)).as("list of the tree above").contains(memo);
        assertThat(get(bjDirector, "/api/v1/test/memos/" + memo).status()).as("detail").isEqualTo(200);
        assertThat(listed(shDirector)).as("the owner's new tree").doesNotContain(memo);
    }

    private java.util.Set<Long> listed(KezhiPrincipal user) throws Exception {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        get(user, "/api/v1/test/memos?size=200").expect(200).body().get("items")
                .forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }

    @Test
    void siblingNamesAreUniqueAndDisabledDepartmentsTakeNoNewUsers() throws Exception {
        Response duplicate = post(company.admin(), "/api/v1/departments", Map.of("parentId", bj, "name", "北京一部"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorFields()).containsExactly("name");
        long version = get(company.admin(), "/api/v1/departments/" + sh).version();
        patch(company.admin(), "/api/v1/departments/" + sh, Map.of("enabled", false), version).expect(200);
        Response user = post(company.admin(), "/api/v1/users", Map.of("username", "late", "displayName", "迟到",
                "password", "Passw0rd!", "departmentId", sh));
        assertThat(user.status()).isEqualTo(400);
        assertThat(user.errorFields()).containsExactly("departmentId");
    }
}
