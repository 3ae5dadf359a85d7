package io.kezhi.crm.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.Fixtures;
import io.kezhi.crm.testsupport.TestCompany;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Roles and users listed by name (and the user picker) read as people read names, without regard to case,
 * on every database (PostgreSQL's C.UTF-8 put every capital first: "Banana" before "apple").
 */
class NameOrderTest extends ApiTest {

    @Test
    void rolesAndUsersSortByNameWithoutRegardToCase() throws Exception {
        TestCompany company = fixtures.company();
        KezhiPrincipal admin = company.admin();
        for (String name : List.of("Banana", "cherry", "apple", "Date")) {
            company.role("角色" + name, TestCompany.all("memo", DataScope.OWN));
            post(admin, "/api/v1/users", Map.of("username", name.toLowerCase(), "displayName", "用户" + name,
                    "password", Fixtures.PASSWORD, "departmentId", company.rootDepartment())).expect(201);
        }
        assertThat(names(admin, "/api/v1/roles?sort=name,asc", "name")).as("after the built-in administrator role")
                .endsWith("角色apple", "角色Banana", "角色cherry", "角色Date");
        assertThat(names(admin, "/api/v1/roles?sort=name,desc", "name"))
                .endsWith("角色Date", "角色cherry", "角色Banana", "角色apple");
        assertThat(names(admin, "/api/v1/users?sort=displayName,asc", "displayName")).as("the administrator aside")
                .containsSubsequence("用户apple", "用户Banana", "用户cherry", "用户Date");
        assertThat(names(admin, "/api/v1/users?sort=displayName,desc", "displayName"))
                .containsSubsequence("用户Date", "用户cherry", "用户Banana", "用户apple");
        List<String> picked = new ArrayList<>();
        for (JsonNode user : get(admin, "/api/v1/directory/users?q=用户").expect(200).body()) {
            picked.add(user.get("displayName").asString());
        }
        assertThat(picked).as("the user picker").containsExactly("用户apple", "用户Banana", "用户cherry", "用户Date");
    }

    private List<String> names(KezhiPrincipal as, String path, String field) throws Exception {
        List<String> names = new ArrayList<>();
        for (JsonNode item : get(as, path).expect(200).body().get("items")) {
            names.add(item.get(field).asString());
        }
        return names;
    }
}
