package io.kezhi.crm.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.TestCompany;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A user of company A never sees or changes company B's data, even knowing its ids. */
class TenantIsolationTest extends ApiTest {

    private TestCompany a;
    private TestCompany b;
    private KezhiPrincipal bUser;
    private long bDepartment;
    private long bRole;
    private long bMemo;

    @BeforeEach
    void twoCompanies() throws Exception {
        a = fixtures.company();
        b = fixtures.company();
        bDepartment = b.department("B 的部门", b.rootDepartment());
        bRole = b.role("B 的角色", TestCompany.all("memo", DataScope.ALL));
        bUser = b.user("buser", bDepartment, null, bRole);
        bMemo = post(bUser, "/api/v1/test/memos", Map.of("title", "B 的记录")).expect(200).id();
    }

    @Test
    void readingByIdAnswersNotFound() throws Exception {
        KezhiPrincipal admin = a.admin();
        assertThat(get(admin, "/api/v1/users/" + bUser.userId()).status()).isEqualTo(404);
        assertThat(get(admin, "/api/v1/departments/" + bDepartment).status()).isEqualTo(404);
        assertThat(get(admin, "/api/v1/roles/" + bRole).status()).isEqualTo(404);
        assertThat(get(admin, "/api/v1/test/memos/" + bMemo).status()).isEqualTo(404);
        assertThat(get(admin, "/api/v1/history/user/" + bUser.userId()).status()).isEqualTo(404);
        assertThat(get(admin, "/api/v1/history/memo/" + bMemo).status()).isEqualTo(404);
        assertThat(get(admin, "/api/v1/shares/memo/" + bMemo).status()).isEqualTo(404);
    }

    @Test
    void listsAndSearchesNeverIncludeTheOtherCompany() throws Exception {
        KezhiPrincipal admin = a.admin();
        assertThat(get(admin, "/api/v1/users?size=200&q=buser").body().get("items").size()).isZero();
        assertThat(get(admin, "/api/v1/users?size=200").body().get("items").size()).isEqualTo(1);
        assertThat(get(admin, "/api/v1/departments").body().size()).isEqualTo(1);
        assertThat(get(admin, "/api/v1/roles").body().get("items").size()).isEqualTo(1);
        assertThat(get(admin, "/api/v1/test/memos/count").body().asLong()).isZero();
        assertThat(get(admin, "/api/v1/test/memos/export").body().size()).isZero();
        assertThat(get(admin, "/api/v1/directory/users?q=buser").body().size()).isZero();
        assertThat(get(admin, "/api/v1/directory/departments").body().size()).isEqualTo(1);
    }

    @Test
    void writingByIdIsRefusedAndChangesNothing() throws Exception {
        KezhiPrincipal admin = a.admin();
        long userVersion = get(b.admin(), "/api/v1/users/" + bUser.userId()).version();
        assertThat(patch(admin, "/api/v1/users/" + bUser.userId(), Map.of("displayName", "hacked"), userVersion)
                .status()).isEqualTo(404);
        assertThat(post(admin, "/api/v1/users/" + bUser.userId() + "/password", Map.of("password", "Hacked123"))
                .status()).isEqualTo(404);
        assertThat(delete(admin, "/api/v1/users/" + bUser.userId(), userVersion).status()).isEqualTo(404);
        long memoVersion = get(bUser, "/api/v1/test/memos/" + bMemo).version();
        assertThat(patch(admin, "/api/v1/test/memos/" + bMemo, Map.of("title", "hacked"), memoVersion).status())
                .isEqualTo(404);
        assertThat(post(admin, "/api/v1/departments", Map.of("parentId", bDepartment, "name", "x")).status())
                .isEqualTo(404);
        assertThat(post(admin, "/api/v1/users", Map.of("username", "spy", "displayName", "spy",
                "password", "Passw0rd!", "departmentId", bDepartment)).errorFields()).containsExactly("departmentId");
        assertThat(post(admin, "/api/v1/users", Map.of("username", "spy", "displayName", "spy",
                "password", "Passw0rd!", "departmentId", a.rootDepartment(), "roleIds", List.of(bRole)))
                .errorFields()).containsExactly("roleIds");
        long aMemo = post(admin, "/api/v1/test/memos", Map.of("title", "A")).expect(200).id();
        assertThat(post(admin, "/api/v1/shares/memo/" + aMemo,
                Map.of("granteeType", "USER", "granteeId", bUser.userId(), "accessLevel", "READ")).errorFields())
                .containsExactly("granteeId");
        assertThat(get(b.admin(), "/api/v1/users/" + bUser.userId()).body().get("displayName").asString())
                .isEqualTo("用户buser");
        assertThat(get(bUser, "/api/v1/test/memos/" + bMemo).body().get("title").asString()).isEqualTo("B 的记录");
    }

    /**
     * Lists and loads by id run with Hibernate's tenant filter off and the company bound as a parameter
     * of a query plan that every company shares (TenantCriteria): the company that runs a shape of
     * query after another still reads only its own rows.
     */
    @Test
    void listsAndLoadsOfTheSameShapeOfQueryStayWithTheirCompany() throws Exception {
        KezhiPrincipal bAdmin = b.admin();
        long aMemo = post(a.admin(), "/api/v1/test/memos", Map.of("title", "A 的记录")).expect(200).id();
        for (int i = 0; i < 2; i++) {
            assertThat(get(bAdmin, "/api/v1/test/memos?size=50").body().get("items").findValuesAsString("title"))
                    .containsExactly("B 的记录");
            assertThat(get(a.admin(), "/api/v1/test/memos?size=50").body().get("items").findValuesAsString("title"))
                    .containsExactly("A 的记录");
            assertThat(get(bAdmin, "/api/v1/test/memos/" + bMemo).status()).isEqualTo(200);
            assertThat(get(a.admin(), "/api/v1/test/memos/" + bMemo).status()).isEqualTo(404);
            assertThat(get(bAdmin, "/api/v1/test/memos/" + aMemo).status()).isEqualTo(404);
        }
    }

    @Test
    void recycleBinsAreSeparate() throws Exception {
        delete(bUser, "/api/v1/test/memos/" + bMemo).expect(204);
        long entry = get(b.admin(), "/api/v1/recycle-bin").expect(200).body().get("items").get(0).get("id").asLong();
        assertThat(get(a.admin(), "/api/v1/recycle-bin").body().get("items").size()).isZero();
        assertThat(post(a.admin(), "/api/v1/recycle-bin/" + entry + "/restore", Map.of()).status()).isEqualTo(404);
        assertThat(delete(a.admin(), "/api/v1/recycle-bin/" + entry).status()).isEqualTo(404);
    }
}
