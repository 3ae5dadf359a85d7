package io.kezhi.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.TestCompany;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Field-level audit history: who, when, from where, before and after. */
class HistoryTest extends ApiTest {

    @Test
    void everyChangeIsRecordedWithWhoWhenAndWhere() throws Exception {
        TestCompany company = fixtures.company();
        long bj = company.department("北京分公司", company.rootDepartment());
        long sh = company.department("上海分公司", company.rootDepartment());
        KezhiPrincipal rep = company.user("rep", bj, null);
        long version = get(company.admin(), "/api/v1/users/" + rep.userId()).version();
        patch(company.admin(), "/api/v1/users/" + rep.userId(), Map.of("jobTitle", "销售代表", "mobile",
                "13900001111"), version).expect(200);
        post(company.admin(), "/api/v1/users/" + rep.userId() + "/move", Map.of("departmentId", sh,
                "superiorId", company.admin().userId(), "version", version + 1)).expect(200);
        long role = company.role("新角色", List.of(TestCompany.grant("memo", Operation.VIEW, DataScope.OWN)));
        put(company.admin(), "/api/v1/users/" + rep.userId() + "/roles", Map.of("roleIds", List.of(role)),
                version + 2).expect(200);

        JsonNode items = get(company.admin(), "/api/v1/history/user/" + rep.userId()).expect(200).body().get("items");
        assertThat(items.size()).isEqualTo(4);
        Map<String, JsonNode> roles = changes(items.get(0));
        assertThat(roles.get("roleIds").get("afterText").asString()).isEqualTo("新角色");
        Map<String, JsonNode> move = changes(items.get(1));
        assertThat(move.get("departmentId").get("beforeText").asString()).isEqualTo("北京分公司");
        assertThat(move.get("departmentId").get("afterText").asString()).isEqualTo("上海分公司");
        assertThat(move.get("superiorId").get("afterText").asString()).isEqualTo("管理员");
        Map<String, JsonNode> profile = changes(items.get(1 + 1));
        assertThat(profile.get("jobTitle").get("before").isNull()).isTrue();
        assertThat(profile.get("jobTitle").get("after").asString()).isEqualTo("销售代表");
        assertThat(profile.get("mobile").get("after").asString()).isEqualTo("+8613900001111");
        assertThat(items.get(2).get("userName").asString()).isEqualTo("管理员");
        assertThat(items.get(2).get("ip").asString()).isEqualTo("127.0.0.1");
        assertThat(items.get(3).get("action").asString()).isEqualTo("CREATE");
        assertThat(changes(items.get(3))).containsKeys("username", "displayName", "status").doesNotContainKeys(
                "passwordHash", "deptPath", "version");
        long revisionUser = fixtures.jdbc().sql("SELECT user_id FROM audit_revision WHERE id = :id")
                .param("id", items.get(0).get("revision").asLong()).query(Long.class).single();
        assertThat(revisionUser).isEqualTo(company.admin().userId());
    }

    @Test
    void roleMatrixChangesAreAudited() throws Exception {
        TestCompany company = fixtures.company();
        long role = company.role("销售", List.of(TestCompany.grant("memo", Operation.VIEW, DataScope.OWN)));
        Map<String, Object> body = new HashMap<>();
        body.put("name", "销售代表");
        body.put("permissions", List.of(Map.of("module", "memo", "operation", "VIEW", "scope", "DEPARTMENT")));
        body.put("fieldPolicies", List.of(Map.of("entity", "user", "field", "mobile", "policy", "HIDDEN")));
        put(company.admin(), "/api/v1/roles/" + role, body, get(company.admin(), "/api/v1/roles/" + role).version())
                .expect(200);
        Map<String, JsonNode> change = changes(get(company.admin(), "/api/v1/history/role/" + role).body()
                .get("items").get(0));
        assertThat(change.get("name").get("after").asString()).isEqualTo("销售代表");
        assertThat(change.get("permissions").get("before").toString()).contains("memo:VIEW:OWN");
        assertThat(change.get("permissions").get("after").toString()).contains("memo:VIEW:DEPARTMENT");
        assertThat(change.get("fieldPolicies").get("after").toString()).contains("user.mobile=HIDDEN");
    }

    private static Map<String, JsonNode> changes(JsonNode entry) {
        Map<String, JsonNode> byField = new HashMap<>();
        entry.get("changes").forEach(c -> byField.put(c.get("field").asString(), c));
        return byField;
    }
}
