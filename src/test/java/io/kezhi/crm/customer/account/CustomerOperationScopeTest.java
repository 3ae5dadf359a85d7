package io.kezhi.crm.customer.account;

import static io.kezhi.crm.testsupport.TestCompany.all;
import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every single-record customer operation (detail, edit, delete, restore, history) per data scope:
 * inside the scope it works, outside it answers like a missing customer and changes nothing.
 */
class CustomerOperationScopeTest extends CustomerApiTest {

    @Test
    void ownScopeReachesOnlyOwnCustomers() throws Exception {
        Sales s = sales();
        long mine = customer(s.rep1(), "甲公司");
        long colleagues = customer(s.rep2(), "乙公司");

        assertThat(customerOf(s.rep1(), mine).body().path("customer").get("name").asString()).isEqualTo("甲公司");
        assertRefusedEverything(s.rep1(), s.rep2(), colleagues, "乙公司");
        editName(s.rep1(), mine, "甲公司（改）").expect(200);
        assertThat(nameOf(s.rep1(), mine)).isEqualTo("甲公司（改）");
    }

    @Test
    void departmentScopeReachesTheDepartmentButNotItsSubDepartmentsOrSiblings() throws Exception {
        Sales s = sales();
        KezhiPrincipal branchManager = departmentManager(s, s.branch());
        KezhiPrincipal team1Manager = departmentManager(s, s.team1());
        long directors = customer(s.director(), "总监客户");
        long rep1s = customer(s.rep1(), "一部客户");
        long rep3s = customer(s.rep3(), "二部客户");

        assertThat(listedIds(branchManager)).containsExactly(directors);
        assertThat(listedIds(team1Manager)).containsExactly(rep1s);
        editName(team1Manager, rep1s, "一部客户（经理改）").expect(200);
        assertRefusedEverything(team1Manager, s.rep3(), rep3s, "二部客户");
        assertRefusedEverything(branchManager, s.rep1(), rep1s, "一部客户（经理改）");
    }

    @Test
    void departmentTreeScopeReachesSubDepartmentsButNotOtherBranches() throws Exception {
        Sales s = sales();
        long rep3s = customer(s.rep3(), "二部客户");
        long outsiders = customer(s.outsider(), "办事处客户");

        editName(s.director(), rep3s, "二部客户（总监改）").expect(200);
        assertThat(nameOf(s.rep3(), rep3s)).isEqualTo("二部客户（总监改）");
        assertRefusedEverything(s.director(), s.outsider(), outsiders, "办事处客户");
        delete(s.director(), "/api/v1/customers/" + rep3s, customerVersion(s.rep3(), rep3s)).expect(204);
        get(s.rep3(), "/api/v1/customers/" + rep3s).expect(404);
    }

    @Test
    void allScopeForViewOnlySeesEverythingAndChangesNothing() throws Exception {
        Sales s = sales();
        long outsiders = customer(s.outsider(), "办事处客户");
        long version = customerVersion(s.outsider(), outsiders);

        assertThat(customerOf(s.auditor(), outsiders).body().path("allowed").size()).isZero();
        assertThat(patch(s.auditor(), "/api/v1/customers/" + outsiders, Map.of("name", "改"), version).status())
                .isEqualTo(403);
        assertThat(delete(s.auditor(), "/api/v1/customers/" + outsiders, version).status()).isEqualTo(403);
        assertThat(post(s.auditor(), "/api/v1/customers", customerBody("审计新建")).status()).isEqualTo(403);
        assertThat(customerOf(s.outsider(), outsiders).body().path("customer").get("version").asLong())
                .isEqualTo(version);
        assertThat(get(s.auditor(), "/api/v1/history/customer/" + outsiders).status()).isEqualTo(200);
    }

    @Test
    void theDetailTellsWhichOperationsTheCallerMayPerform() throws Exception {
        Sales s = sales();
        long rep1s = customer(s.rep1(), "一部客户");
        assertThat(allowed(s.rep1(), rep1s)).containsExactlyInAnyOrder("EDIT", "DELETE", "ASSIGN", "SHARE");
        assertThat(allowed(s.lead1(), rep1s)).as("direct superior: all but delete")
                .containsExactlyInAnyOrder("EDIT", "ASSIGN", "SHARE");
        assertThat(allowed(s.director(), rep1s)).containsExactlyInAnyOrder("EDIT", "DELETE", "ASSIGN", "SHARE");
    }

    @Test
    void creatingForAnOwnerOutsideTheCreateScopeIsRefused() throws Exception {
        Sales s = sales();
        long before = customerCount(s);
        Map<String, Object> forRep3 = customerBody("替别人建");
        forRep3.put("ownerId", s.rep3().userId());
        assertThat(post(s.rep1(), "/api/v1/customers", forRep3).status()).isEqualTo(403);
        Map<String, Object> forColleague = customerBody("替同事建");
        forColleague.put("ownerId", s.rep2().userId());
        assertThat(post(s.rep1(), "/api/v1/customers", forColleague).status())
                .as("own scope: a colleague in the same department is outside it").isEqualTo(403);
        Map<String, Object> forOutsider = customerBody("跨部门建");
        forOutsider.put("ownerId", s.outsider().userId());
        assertThat(post(s.director(), "/api/v1/customers", forOutsider).status()).isEqualTo(403);
        assertThat(customerCount(s)).isEqualTo(before);

        long forSubordinate = post(s.lead1(), "/api/v1/customers", forColleague).expect(201).id();
        assertThat(customerOf(s.rep2(), forSubordinate).body().path("customer").get("ownerId").asLong())
                .as("a direct superior creates for a subordinate").isEqualTo(s.rep2().userId());

        long created = post(s.director(), "/api/v1/customers", forRep3).expect(201).id();
        JsonNode view = customerOf(s.rep3(), created).body().path("customer");
        assertThat(view.get("ownerId").asLong()).isEqualTo(s.rep3().userId());
        assertThat(view.get("ownerDeptId").asLong()).isEqualTo(s.team2());
    }

    @Test
    void deletedCustomersLeaveEveryListAndComeBackFromTheRecycleBin() throws Exception {
        Sales s = sales();
        long doomed = customer(s.rep1(), "待删客户");
        long kept = customer(s.rep1(), "保留客户");
        delete(s.rep1(), "/api/v1/customers/" + doomed, customerVersion(s.rep1(), doomed)).expect(204);

        assertThat(listedIds(s.rep1())).containsExactly(kept);
        assertThat(listedIds(s.director())).containsExactly(kept);
        get(s.rep1(), "/api/v1/customers/" + doomed).expect(404);
        JsonNode bin = get(s.rep1(), "/api/v1/recycle-bin?type=customer").expect(200).body().path("items");
        assertThat(bin.size()).isEqualTo(1);
        assertThat(bin.get(0).get("title").asString()).isEqualTo("待删客户");
        long entry = bin.get(0).get("id").asLong();
        assertThat(get(s.rep3(), "/api/v1/recycle-bin?type=customer").body().path("items").size()).isZero();
        assertThat(post(s.rep3(), "/api/v1/recycle-bin/" + entry + "/restore", Map.of()).status()).isEqualTo(404);
        assertThat(post(s.lead1(), "/api/v1/recycle-bin/" + entry + "/restore", Map.of()).status())
                .as("a superior may not delete, so may not restore").isEqualTo(404);
        get(s.rep1(), "/api/v1/customers/" + doomed).expect(404);

        post(s.rep1(), "/api/v1/recycle-bin/" + entry + "/restore", Map.of()).expect(204);
        assertThat(listedIds(s.rep1())).containsExactlyInAnyOrder(doomed, kept);
        assertThat(nameOf(s.rep1(), doomed)).isEqualTo("待删客户");
    }

    @Test
    void historyRecordsEachChangeAndIsScoped() throws Exception {
        Sales s = sales();
        long id = customer(s.rep1(), "历史客户");
        editName(s.rep1(), id, "历史客户二").expect(200);

        JsonNode items = get(s.rep1(), "/api/v1/history/customer/" + id).expect(200).body().path("items");
        assertThat(items.size()).isEqualTo(2);
        assertThat(items.get(0).get("action").asString()).isEqualTo("UPDATE");
        assertThat(items.get(1).get("action").asString()).isEqualTo("CREATE");
        JsonNode nameChange = null;
        for (JsonNode change : items.get(0).get("changes")) {
            if (change.get("field").asString().equals("name")) {
                nameChange = change;
            }
        }
        assertThat(nameChange).isNotNull();
        assertThat(nameChange.get("before").asString()).isEqualTo("历史客户");
        assertThat(nameChange.get("after").asString()).isEqualTo("历史客户二");
        assertThat(get(s.lead1(), "/api/v1/history/customer/" + id).status()).isEqualTo(200);
        assertThat(get(s.rep3(), "/api/v1/history/customer/" + id).status()).isEqualTo(404);
        assertThat(get(s.outsider(), "/api/v1/history/customer/" + id).status()).isEqualTo(404);
    }

    @Test
    void aDirectSuperiorMayDoAllButDeleteAndHigherSuperiorsOnlyView() throws Exception {
        Sales s = sales();
        long own = s.repRole();
        KezhiPrincipal chief = s.company().user("chief", s.office(), null, own);
        KezhiPrincipal manager = s.company().user("manager", s.office(), chief.userId(), own);
        KezhiPrincipal clerk = s.company().user("clerk", s.office(), manager.userId(), own);
        long clerks = customer(clerk, "下属客户");

        editName(manager, clerks, "经理改过").expect(200);
        assertThat(delete(manager, "/api/v1/customers/" + clerks, customerVersion(clerk, clerks)).status())
                .isEqualTo(404);
        assertThat(post(manager, "/api/v1/customers/batch/delete", Map.of("ids", List.of(clerks))).expect(200)
                .body().path("refused").get(0).asLong()).isEqualTo(clerks);

        assertThat(nameOf(chief, clerks)).as("a higher superior views").isEqualTo("经理改过");
        assertThat(allowed(chief, clerks)).isEmpty();
        assertThat(editName(chief, clerks, "总经理改").status()).isEqualTo(404);
        assertThat(listedIds(chief)).containsExactly(clerks);
        assertThat(nameOf(clerk, clerks)).isEqualTo("经理改过");
    }

    @Test
    void anotherCompanySeesNothingAndChangesNothing() throws Exception {
        Sales s = sales();
        long id = customer(s.rep1(), "本公司客户");
        long version = customerVersion(s.rep1(), id);
        KezhiPrincipal stranger = fixtures.company().admin();

        assertThat(get(stranger, "/api/v1/customers/" + id).status()).isEqualTo(404);
        assertThat(patch(stranger, "/api/v1/customers/" + id, Map.of("name", "外人改"), version).status())
                .isEqualTo(404);
        assertThat(delete(stranger, "/api/v1/customers/" + id, version).status()).isEqualTo(404);
        assertThat(post(stranger, "/api/v1/customers/batch/delete", Map.of("ids", List.of(id))).expect(200)
                .body().path("refused").get(0).asLong()).isEqualTo(id);
        assertThat(get(stranger, "/api/v1/history/customer/" + id).status()).isEqualTo(404);
        assertThat(get(stranger, "/api/v1/customers?q=本公司").body().path("items").size()).isZero();
        assertThat(get(stranger, "/api/v1/customers").body().path("items").size()).isZero();
        assertThat(customerVersion(s.rep1(), id)).isEqualTo(version);
    }

    /** Detail, edit, delete, batch delete, batch tag, history and search all refuse; nothing changes. */
    private void assertRefusedEverything(KezhiPrincipal who, KezhiPrincipal owner, long id, String name)
            throws Exception {
        long version = customerVersion(owner, id);
        assertThat(get(who, "/api/v1/customers/" + id).status()).isEqualTo(404);
        assertThat(editName(who, id, "越权改名").status()).isEqualTo(404);
        assertThat(delete(who, "/api/v1/customers/" + id, version).status()).isEqualTo(404);
        assertThat(post(who, "/api/v1/customers/batch/delete", Map.of("ids", List.of(id))).expect(200).body()
                .path("done").size()).isZero();
        assertThat(post(who, "/api/v1/customers/batch/tag", Map.of("ids", List.of(id), "add", List.of("越权")))
                .expect(200).body().path("done").size()).isZero();
        assertThat(get(who, "/api/v1/history/customer/" + id).status()).isEqualTo(404);
        assertThat(get(who, "/api/v1/customers?q=" + name).body().path("items").size()).isZero();
        assertThat(listedIds(who)).doesNotContain(id);
        JsonNode after = customerOf(owner, id).body().path("customer");
        assertThat(after.get("name").asString()).isEqualTo(name);
        assertThat(after.get("tags").size()).isZero();
        assertThat(after.get("version").asLong()).isEqualTo(version);
    }

    private KezhiPrincipal departmentManager(Sales s, long department) {
        long role = s.company().role("部门经理" + department, all(CustomerRecordTypes.CUSTOMER, DataScope.DEPARTMENT));
        return s.company().user("mgr" + department, department, null, role);
    }

    private Response editName(KezhiPrincipal who, long id, String name) throws Exception {
        long version = fixtures.jdbc().sql("SELECT version FROM customer WHERE id = :id").param("id", id)
                .query(Long.class).single();
        return patch(who, "/api/v1/customers/" + id, Map.of("name", name), version);
    }

    private String nameOf(KezhiPrincipal who, long id) throws Exception {
        return customerOf(who, id).body().path("customer").get("name").asString();
    }

    private List<String> allowed(KezhiPrincipal who, long id) throws Exception {
        List<String> ops = new java.util.ArrayList<>();
        customerOf(who, id).body().path("allowed").forEach(n -> ops.add(n.asString()));
        return ops;
    }

    private long customerCount(Sales s) {
        return fixtures.jdbc().sql("SELECT COUNT(*) FROM customer WHERE tenant_id = :t").param("t", s.company().id())
                .query(Long.class).single();
    }
}
