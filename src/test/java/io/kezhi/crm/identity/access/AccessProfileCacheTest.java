package io.kezhi.crm.identity.access;

import static io.kezhi.crm.testsupport.TestCompany.all;
import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.StatementCounter;
import io.kezhi.crm.testsupport.TestCompany;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Access profiles are cached per node by the company's access version: a request with an unchanged
 * version builds no profile, and every change a profile is built from — a role's grants, a user's
 * roles, department or superior, a department's place in the tree — applies to the very next request.
 */
class AccessProfileCacheTest extends ApiTest {

    @Autowired
    private StatementCounter counter;

    private TestCompany company;
    private long bj;
    private long bj1;
    private long sh;
    private KezhiPrincipal actor;
    private KezhiPrincipal colleague;
    private long actorRole;
    private long ofColleague;
    private long ofJunior;
    private long ofStranger;
    private long own;

    @BeforeEach
    void organisation() throws Exception {
        company = fixtures.company();
        bj = company.department("北京分公司", company.rootDepartment());
        bj1 = company.department("北京一部", bj);
        sh = company.department("上海分公司", company.rootDepartment());
        long ownerRole = company.role("记录员", all("memo", DataScope.OWN));
        actorRole = company.role("可变角色", all("memo", DataScope.OWN));
        actor = company.user("actor", bj, null, actorRole);
        own = memo(actor, "own");
        colleague = company.user("colleague", bj, null, ownerRole);
        ofColleague = memo(colleague, "colleague");
        ofJunior = memo(company.user("junior", bj1, null, ownerRole), "junior");
        ofStranger = memo(company.user("stranger", sh, null, ownerRole), "stranger");
    }

    @Test
    void anUnchangedVersionBuildsNoProfileAndATransactionMovesItOnce() throws Exception {
        visible();
        assertThat(profileQueries(counter.count(this::visible))).as("cached: no profile built").isZero();
        long before = company.accessVersion();

        put(company.admin(), "/api/v1/roles/" + actorRole, role(DataScope.DEPARTMENT), roleVersion()).expect(200);

        assertThat(company.accessVersion()).as("one role saved with its grants: one move").isEqualTo(before + 1);
        assertThat(profileQueries(counter.count(this::visible))).as("the profile is built again").isPositive();
        assertThat(profileQueries(counter.count(this::visible))).as("and cached again").isZero();
    }

    /** Statements of the profile loader (the user's roles and their grants) among a request's statements. */
    private static long profileQueries(StatementCounter.Counted<?> counted) {
        return counted.statements().stream().filter(sql -> sql.contains("FROM user_role")).count();
    }

    @Test
    void everyChangeAProfileIsBuiltFromAppliesToTheNextRequest() throws Exception {
        assertThat(visible()).as("own scope").containsExactly(own);

        put(company.admin(), "/api/v1/roles/" + actorRole, role(DataScope.DEPARTMENT_TREE), roleVersion()).expect(200);
        assertThat(visible()).as("role widened").containsExactlyInAnyOrder(own, ofColleague, ofJunior);

        move(actor, sh, null);
        assertThat(visible()).as("user moved to Shanghai").containsExactlyInAnyOrder(own, ofStranger);

        long shChild = company.department("上海一部", sh);
        move(actor, shChild, null);
        assertThat(visible()).as("user moved below Shanghai").containsExactly(own);

        moveDepartment(bj1, shChild);
        assertThat(visible()).as("Beijing 1 moved under the user's department").containsExactlyInAnyOrder(own,
                ofJunior);

        move(colleague, bj, actor.userId());
        assertThat(visible()).as("superior of the colleague").containsExactlyInAnyOrder(own, ofJunior, ofColleague);

        long viewer = company.role("只读", List.of(TestCompany.grant("memo", Operation.VIEW, DataScope.ALL)));
        put(company.admin(), "/api/v1/users/" + actor.userId() + "/roles",
                Map.of("roleIds", Set.of(viewer)), userVersion(actor)).expect(200);
        assertThat(visible()).as("another role").containsExactlyInAnyOrder(own, ofColleague, ofJunior, ofStranger);

        put(company.admin(), "/api/v1/roles/" + viewer, Map.of("name", "只读", "permissions", List.of(),
                "fieldPolicies", List.of()), get(company.admin(), "/api/v1/roles/" + viewer).expect(200).version())
                .expect(200);
        assertThat(get(actor, "/api/v1/test/memos").status()).as("the role's grants taken away").isEqualTo(403);
    }

    private void move(KezhiPrincipal user, long departmentId, Long superiorId) throws Exception {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("departmentId", departmentId);
        body.put("superiorId", superiorId);
        body.put("version", userVersion(user));
        post(company.admin(), "/api/v1/users/" + user.userId() + "/move", body).expect(200);
    }

    private Set<Long> visible() throws Exception {
        Set<Long> ids = new HashSet<>();
        get(actor, "/api/v1/test/memos?size=200").expect(200).body().get("items").forEach(n -> ids.add(n.get("id")
                .asLong()));
        return ids;
    }

    private Map<String, Object> role(DataScope scope) {
        List<Map<String, Object>> grants = new java.util.ArrayList<>();
        for (Operation op : Operation.values()) {
            grants.add(Map.of("module", "memo", "operation", op.name(), "scope", scope.name()));
        }
        return Map.of("name", "可变角色", "permissions", grants, "fieldPolicies", List.of());
    }

    private void moveDepartment(long id, long parentId) throws Exception {
        long version = get(company.admin(), "/api/v1/departments/" + id).expect(200).version();
        post(company.admin(), "/api/v1/departments/" + id + "/move", Map.of("parentId", parentId, "version", version))
                .expect(200);
    }

    private long roleVersion() throws Exception {
        return get(company.admin(), "/api/v1/roles/" + actorRole).expect(200).version();
    }

    private long userVersion(KezhiPrincipal user) throws Exception {
        return get(company.admin(), "/api/v1/users/" + user.userId()).expect(200).version();
    }

    private long memo(KezhiPrincipal owner, String title) throws Exception {
        JsonNode body = post(company.admin(), "/api/v1/test/memos", Map.of("title", title, "ownerId", owner.userId()))
                .expect(200).body();
        return body.get("id").asLong();
    }
}
