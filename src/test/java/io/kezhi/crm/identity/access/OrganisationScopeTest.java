package io.kezhi.crm.identity.access;

import static io.kezhi.crm.testsupport.TestCompany.all;
import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.TestCompany;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** The same predicate applied to the organisation itself: users and departments. */
class OrganisationScopeTest extends ApiTest {

    private TestCompany company;
    private long bj;
    private long bj1;
    private long sh;
    private KezhiPrincipal colleague;
    private KezhiPrincipal junior;
    private KezhiPrincipal stranger;

    @BeforeEach
    void organisation() {
        company = fixtures.company();
        bj = company.department("北京分公司", company.rootDepartment());
        bj1 = company.department("北京一部", bj);
        sh = company.department("上海分公司", company.rootDepartment());
        colleague = company.user("colleague", bj, null);
        junior = company.user("junior", bj1, null);
        stranger = company.user("stranger", sh, null);
    }

    @ParameterizedTest
    @EnumSource(DataScope.class)
    void usersInScopeAreListedShownAndEditable(DataScope scope) throws Exception {
        long role = company.role("用户 " + scope, all("user", scope, Operation.VIEW, Operation.EDIT,
                Operation.DELETE, Operation.ASSIGN));
        KezhiPrincipal actor = company.user("actor", bj, null, role);
        Set<Long> expected = switch (scope) {
            case OWN -> Set.of(actor.userId());
            case DEPARTMENT -> Set.of(actor.userId(), colleague.userId());
            case DEPARTMENT_TREE -> Set.of(actor.userId(), colleague.userId(), junior.userId());
            case ALL -> Set.of(actor.userId(), colleague.userId(), junior.userId(), stranger.userId(),
                    company.admin().userId());
        };
        assertThat(ids(get(actor, "/api/v1/users?size=200").expect(200).body().get("items"))).isEqualTo(expected);
        for (KezhiPrincipal target : List.of(colleague, junior, stranger)) {
            boolean visible = expected.contains(target.userId());
            assertThat(get(actor, "/api/v1/users/" + target.userId()).status()).isEqualTo(visible ? 200 : 404);
            long version = get(company.admin(), "/api/v1/users/" + target.userId()).version();
            assertThat(patch(actor, "/api/v1/users/" + target.userId(), Map.of("jobTitle", "经理"), version)
                    .status()).isEqualTo(visible ? 200 : 404);
        }
        assertThat(get(actor, "/api/v1/history/user/" + stranger.userId()).status())
                .isEqualTo(scope == DataScope.ALL ? 200 : 404);
    }

    @ParameterizedTest
    @EnumSource(DataScope.class)
    void departmentsInScopeAreVisibleAndEditable(DataScope scope) throws Exception {
        long role = company.role("部门 " + scope, all("department", scope, Operation.VIEW, Operation.CREATE,
                Operation.EDIT, Operation.DELETE));
        KezhiPrincipal actor = company.user("actor", bj, null, role);
        Set<Long> expected = switch (scope) {
            case OWN, DEPARTMENT -> Set.of(bj);
            case DEPARTMENT_TREE -> Set.of(bj, bj1);
            case ALL -> Set.of(company.rootDepartment(), bj, bj1, sh);
        };
        assertThat(ids(get(actor, "/api/v1/departments").expect(200).body())).isEqualTo(expected);
        assertThat(get(actor, "/api/v1/departments/" + sh).status()).isEqualTo(scope == DataScope.ALL ? 200 : 404);
        Response childOfBj1 = post(actor, "/api/v1/departments", Map.of("parentId", bj1, "name", "北京一部一组"));
        assertThat(childOfBj1.status()).isEqualTo(expected.contains(bj1) ? 201 : 404);
    }

    @ParameterizedTest
    @EnumSource(value = DataScope.class, names = {"OWN", "DEPARTMENT", "DEPARTMENT_TREE"})
    void creatingAUserOutsideTheScopeIsForbidden(DataScope scope) throws Exception {
        long role = company.role("建用户 " + scope, all("user", scope, Operation.VIEW, Operation.CREATE));
        KezhiPrincipal actor = company.user("actor", bj, null, role);
        Response outside = post(actor, "/api/v1/users", Map.of("username", "newbie", "displayName", "新人",
                "password", "Passw0rd!", "departmentId", sh));
        assertThat(outside.status()).isEqualTo(403);
        Response inside = post(actor, "/api/v1/users", Map.of("username", "newbie", "displayName", "新人",
                "password", "Passw0rd!", "departmentId", bj));
        assertThat(inside.status()).isEqualTo(201);
        Response withRoles = post(actor, "/api/v1/users", Map.of("username", "newbie2", "displayName", "新人2",
                "password", "Passw0rd!", "departmentId", bj, "roleIds", List.of(company.adminRole())));
        assertThat(withRoles.status()).as("giving roles needs role:ASSIGN").isEqualTo(403);
    }

    private static Set<Long> ids(JsonNode array) {
        Set<Long> ids = new HashSet<>();
        array.forEach(node -> ids.add(node.get("id").asLong()));
        return ids;
    }
}
