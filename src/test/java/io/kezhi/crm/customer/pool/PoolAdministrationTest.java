package io.kezhi.crm.customer.pool;

import static io.kezhi.crm.testsupport.TestCompany.grant;
import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Setting pools up: who may, what is validated, members, and where customers go when a pool is deleted. */
class PoolAdministrationTest extends CustomerApiTest {

    @Test
    void everyCompanyHasExactlyItsCompanyPool() throws Exception {
        Sales a = sales();
        Sales b = sales();
        for (Sales s : List.of(a, b)) {
            JsonNode pools = get(s.admin(), "/api/v1/customer-pools").expect(200).body();
            assertThat(pools.size()).isEqualTo(1);
            assertThat(pools.get(0).get("departmentId").asLong()).isEqualTo(s.company().rootDepartment());
            assertThat(pools.get(0).get("id").asLong()).isEqualTo(companyPool(s));
            assertThat(pools.get(0).get("enabled").asBoolean()).isTrue();
        }
        assertThat(companyPool(a)).isNotEqualTo(companyPool(b));
        get(a.admin(), "/api/v1/customer-pools/" + companyPool(b)).expect(404);
    }

    @Test
    void administeringPoolsNeedsThePoolModule() throws Exception {
        Sales s = sales();
        long viewerRole = s.company().role("公海查看", List.of(grant(CustomerRecordTypes.CUSTOMER, Operation.VIEW,
                DataScope.OWN), grant(CustomerRecordTypes.POOL, Operation.VIEW, DataScope.ALL)));
        KezhiPrincipal viewer = s.company().user("viewer", s.office(), null, viewerRole);
        long branchPool = post(s.admin(), "/api/v1/customer-pools", poolBody("分公司公海", s.branch())).expect(201).id();

        post(s.director(), "/api/v1/customer-pools", poolBody("一部公海", s.team1())).expect(403);
        post(viewer, "/api/v1/customer-pools", poolBody("一部公海", s.team1())).expect(403);
        long version = get(s.admin(), "/api/v1/customer-pools/" + branchPool).expect(200).version();
        put(s.director(), "/api/v1/customer-pools/" + branchPool, poolBody("改名", s.branch()), version).expect(403);
        delete(s.director(), "/api/v1/customer-pools/" + branchPool, version).expect(403);
        post(s.director(), "/api/v1/customer-pools/rules/run", Map.of()).expect(403);

        assertThat(poolIds(viewer)).as("a pool viewer sees every pool")
                .containsExactlyInAnyOrder(companyPool(s), branchPool);
        assertThat(poolIds(s.outsider())).as("others see the pools they belong to")
                .containsExactly(companyPool(s));
        assertThat(poolIds(s.rep3())).containsExactlyInAnyOrder(companyPool(s), branchPool);
        get(s.outsider(), "/api/v1/customer-pools/" + branchPool).expect(404);
        assertThat(get(s.admin(), "/api/v1/customer-pools/" + branchPool).expect(200).body().get("name").asString())
                .isEqualTo("分公司公海");
    }

    @Test
    void invalidSettingsAreRefusedNamingEachField() throws Exception {
        Sales s = sales();
        Map<String, Object> body = poolBody(" ", s.branch());
        body.put("maxOwnedPerUser", 0);
        body.put("cooldownDays", -1);
        body.put("rules", List.of(Map.of("valueClass", "HUGE", "noFollowUpDays", 30)));
        assertThat(post(s.admin(), "/api/v1/customer-pools", body).expect(400).errorFields())
                .containsExactlyInAnyOrder("name", "maxOwnedPerUser", "cooldownDays", "rules[0].valueClass");

        body = poolBody("分公司公海", s.branch());
        body.put("rules", List.of(Map.of("valueClass", "ANY"),
                Map.of("valueClass", "KEY", "noFollowUpDays", 10, "warnDays", 10),
                Map.of("valueClass", "KEY", "noFollowUpDays", 20)));
        body.put("members", List.of(Map.of("memberType", "USER", "memberId", 999_999_999L)));
        assertThat(post(s.admin(), "/api/v1/customer-pools", body).expect(400).errorFields())
                .containsExactlyInAnyOrder("rules[0].noFollowUpDays", "rules[1].warnDays", "rules[2].valueClass",
                        "members[0].memberId");

        assertThat(post(s.admin(), "/api/v1/customer-pools", poolBody("无部门", 999_999_999L)).expect(400)
                .errorFields()).containsExactly("departmentId");
        assertThat(post(s.admin(), "/api/v1/customer-pools", poolBody("第二个公司公海", s.company().rootDepartment()))
                .expect(409).errorFields()).containsExactly("departmentId");
        assertThat(poolIds(s.admin())).as("nothing was created").containsExactly(companyPool(s));

        long companyVersion = get(s.admin(), "/api/v1/customer-pools/" + companyPool(s)).expect(200).version();
        Map<String, Object> disable = poolBody("公司公海", s.company().rootDepartment());
        disable.put("enabled", false);
        assertThat(put(s.admin(), "/api/v1/customer-pools/" + companyPool(s), disable, companyVersion).expect(400)
                .errorFields()).containsExactly("enabled");
        delete(s.admin(), "/api/v1/customer-pools/" + companyPool(s), companyVersion).expect(409);
        assertThat(get(s.admin(), "/api/v1/customer-pools/" + companyPool(s)).expect(200).body().get("enabled")
                .asBoolean()).isTrue();
    }

    @Test
    void settingsRulesAndMembersAreSavedAndReplaced() throws Exception {
        Sales s = sales();
        Map<String, Object> body = poolBody("一部公海", s.team1());
        body.put("maxOwnedPerUser", 50);
        body.put("cooldownDays", 7);
        body.put("exemptOpenOpportunity", true);
        body.put("rules", List.of(Map.of("valueClass", "ANY", "noFollowUpDays", 30, "warnDays", 3),
                Map.of("valueClass", "KEY", "noDealDays", 90)));
        body.put("members", List.of(Map.of("memberType", "USER", "memberId", s.outsider().userId()),
                Map.of("memberType", "DEPARTMENT", "memberId", s.team2())));
        Response created = post(s.admin(), "/api/v1/customer-pools", body).expect(201);
        long id = created.id();
        JsonNode pool = created.body();
        assertThat(pool.get("departmentName").asString()).isEqualTo("销售一部");
        assertThat(pool.get("maxOwnedPerUser").asInt()).isEqualTo(50);
        assertThat(pool.get("cooldownDays").asInt()).isEqualTo(7);
        assertThat(pool.get("exemptWonDeal").asBoolean()).isFalse();
        assertThat(pool.get("exemptOpenOpportunity").asBoolean()).isTrue();
        assertThat(rules(pool)).containsExactly("ANY 30 - 3", "KEY - 90 0");
        assertThat(members(pool)).containsExactlyInAnyOrder("USER " + s.outsider().userId() + " 用户outsider",
                "DEPARTMENT " + s.team2() + " 销售二部");

        assertThat(poolIds(s.outsider())).as("a member user").contains(id);
        assertThat(poolIds(s.rep3())).as("a member department").contains(id);
        assertThat(poolIds(s.rep1())).as("the pool's own department").contains(id);
        assertThat(poolIds(s.auditor())).as("the root is above, not below").doesNotContain(id);

        Map<String, Object> replaced = poolBody("一部公海（新）", s.team1());
        replaced.put("rules", List.of(Map.of("valueClass", "SMALL", "noFollowUpDays", 15)));
        replaced.put("members", List.of(Map.of("memberType", "USER", "memberId", s.auditor().userId())));
        put(s.admin(), "/api/v1/customer-pools/" + id, replaced, created.version() + 1).expect(409);
        JsonNode updated = put(s.admin(), "/api/v1/customer-pools/" + id, replaced, created.version()).expect(200)
                .body();
        assertThat(updated.get("name").asString()).isEqualTo("一部公海（新）");
        assertThat(updated.get("maxOwnedPerUser").isNull()).isTrue();
        assertThat(updated.get("cooldownDays").asInt()).isZero();
        assertThat(rules(updated)).containsExactly("SMALL 15 - 0");
        assertThat(members(updated)).containsExactly("USER " + s.auditor().userId() + " 用户auditor");
        assertThat(poolIds(s.outsider())).doesNotContain(id);
        assertThat(poolIds(s.auditor())).contains(id);

        Map<String, Object> moved = poolBody("一部公海", s.team2());
        assertThat(put(s.admin(), "/api/v1/customer-pools/" + id, moved, updated.get("version").asLong()).expect(400)
                .errorFields()).containsExactly("departmentId");
    }

    @Test
    void deletingAPoolMovesItsCustomersToTheNearestRemainingPoolAbove() throws Exception {
        Sales s = sales();
        long branchPool = post(s.admin(), "/api/v1/customer-pools", poolBody("分公司公海", s.branch())).expect(201).id();
        long teamPool = post(s.admin(), "/api/v1/customer-pools", poolBody("一部公海", s.team1())).expect(201).id();
        long waiting = customer(s.rep1(), "等待客户");
        long owned = customer(s.rep2(), "自有客户");
        post(s.rep1(), "/api/v1/customers/batch/return", Map.of("ids", List.of(waiting), "reason", "无意向"))
                .expect(200);
        assertThat(placement(waiting)).isEqualTo(new Placement(null, teamPool, false));

        delete(s.admin(), "/api/v1/customer-pools/" + teamPool,
                get(s.admin(), "/api/v1/customer-pools/" + teamPool).expect(200).version()).expect(204);
        assertThat(placement(waiting)).isEqualTo(new Placement(null, branchPool, false));
        assertThat(placement(owned)).isEqualTo(new Placement(s.rep2().userId(), null, false));
        get(s.admin(), "/api/v1/customer-pools/" + teamPool).expect(404);
        JsonNode branch = get(s.admin(), "/api/v1/customer-pools/" + branchPool).expect(200).body();
        assertThat(branch.get("customerCount").asLong()).isEqualTo(1);
        List<Long> listed = new ArrayList<>();
        get(s.rep1(), "/api/v1/customer-pools/" + branchPool + "/customers").expect(200).body().path("items")
                .forEach(n -> listed.add(n.get("id").asLong()));
        assertThat(listed).containsExactly(waiting);

        delete(s.admin(), "/api/v1/customer-pools/" + branchPool, branch.get("version").asLong()).expect(204);
        assertThat(placement(waiting)).isEqualTo(new Placement(null, companyPool(s), false));
    }

    private List<Long> poolIds(KezhiPrincipal user) throws Exception {
        List<Long> ids = new ArrayList<>();
        get(user, "/api/v1/customer-pools").expect(200).body().forEach(p -> ids.add(p.get("id").asLong()));
        return ids;
    }

    private static List<String> rules(JsonNode pool) {
        List<String> rules = new ArrayList<>();
        pool.get("rules").forEach(r -> rules.add(r.get("valueClass").asString() + " " + orDash(r.get("noFollowUpDays"))
                + " " + orDash(r.get("noDealDays")) + " " + r.get("warnDays").asInt()));
        return rules;
    }

    private static List<String> members(JsonNode pool) {
        List<String> members = new ArrayList<>();
        pool.get("members").forEach(m -> members.add(m.get("memberType").asString() + " "
                + m.get("memberId").asLong() + " " + m.get("name").asString()));
        return members;
    }

    private static String orDash(JsonNode value) {
        return value == null || value.isNull() ? "-" : value.asString();
    }
}
