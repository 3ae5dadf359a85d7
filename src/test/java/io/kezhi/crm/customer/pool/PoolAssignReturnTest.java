package io.kezhi.crm.customer.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.customer.CustomerReturnedToPool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Assigning customers to a user and returning them to the pool, each move recorded on the customer. */
@RecordApplicationEvents
class PoolAssignReturnTest extends CustomerApiTest {

    @Autowired
    ApplicationEvents published;

    @Test
    void aManagerAssignsPooledAndOwnedCustomersInScope() throws Exception {
        Sales s = sales();
        long pool = post(s.admin(), "/api/v1/customer-pools", poolBody("分公司公海", s.branch())).expect(201).id();
        long pooled = customer(s.rep2(), "公海客户");
        post(s.rep2(), "/api/v1/customers/batch/return", Map.of("ids", List.of(pooled), "reason", "无预算")).expect(200);
        long owned = customer(s.rep1(), "自有客户");
        long office = customer(s.outsider(), "办事处客户");

        Response outcome = post(s.director(), "/api/v1/customers/batch/assign", Map.of("ids",
                List.of(pooled, owned, office), "toUserId", s.rep3().userId())).expect(200);
        assertThat(numbers(outcome.body().get("done"))).containsExactlyInAnyOrder(pooled, owned);
        assertThat(numbers(outcome.body().get("refused"))).containsExactly(office);
        assertThat(placement(pooled)).isEqualTo(new Placement(s.rep3().userId(), null, false));
        assertThat(placement(owned)).isEqualTo(new Placement(s.rep3().userId(), null, false));
        assertThat(placement(office)).isEqualTo(new Placement(s.outsider().userId(), null, false));
        assertThat(ownershipEvents(pooled)).last().isEqualTo("ASSIGNED ->" + s.rep3().userId() + " " + pool + " -");
        assertThat(ownershipEvents(owned)).last()
                .isEqualTo("ASSIGNED " + s.rep1().userId() + ">" + s.rep3().userId() + " - -");
        assertThat(ownershipEvents(office)).hasSize(1);
        assertThat(customerOf(s.rep3(), owned).body().path("customer").get("ownerDeptId").asLong())
                .isEqualTo(s.team2());

        Response again = post(s.director(), "/api/v1/customers/batch/assign", Map.of("ids", List.of(owned),
                "toUserId", s.rep3().userId())).expect(200);
        assertThat(numbers(again.body().get("done"))).isEmpty();
        assertThat(numbers(again.body().get("unchanged"))).as("already theirs").containsExactly(owned);
        assertThat(ownershipEvents(owned)).as("no second assignment recorded").hasSize(2);
    }

    @Test
    void theTargetMustBeWithinTheCallersAssignScope() throws Exception {
        Sales s = sales();
        long owned = customer(s.rep1(), "自有客户");

        post(s.director(), "/api/v1/customers/batch/assign", Map.of("ids", List.of(owned), "toUserId",
                s.outsider().userId())).expect(403);
        post(s.rep1(), "/api/v1/customers/batch/assign", Map.of("ids", List.of(owned), "toUserId",
                s.rep3().userId())).expect(403);
        post(s.auditor(), "/api/v1/customers/batch/assign", Map.of("ids", List.of(owned), "toUserId",
                s.rep1().userId())).expect(403);
        assertThat(post(s.director(), "/api/v1/customers/batch/assign", Map.of("ids", List.of(owned), "toUserId",
                999_999_999L)).expect(400).errorFields()).containsExactly("toUserId");
        assertThat(post(s.director(), "/api/v1/customers/batch/assign", Map.of("ids", List.of())).expect(400)
                .errorFields()).containsExactlyInAnyOrder("ids", "toUserId");
        assertThat(placement(owned)).isEqualTo(new Placement(s.rep1().userId(), null, false));
        assertThat(ownershipEvents(owned)).hasSize(1);
    }

    @Test
    void returnedCustomersGoToTheNearestPoolWithTheReason() throws Exception {
        Sales s = sales();
        long branchPool = post(s.admin(), "/api/v1/customer-pools", poolBody("分公司公海", s.branch())).expect(201).id();
        long mine = customer(s.rep1(), "我的客户");
        long theirs = customer(s.rep3(), "别人的客户");
        long office = customer(s.outsider(), "办事处客户");

        assertThat(post(s.rep1(), "/api/v1/customers/batch/return", Map.of("ids", List.of(mine), "reason", " "))
                .expect(400).errorFields()).containsExactly("reason");
        Response outcome = post(s.rep1(), "/api/v1/customers/batch/return", Map.of("ids", List.of(mine, theirs),
                "reason", " 客户已倒闭 ")).expect(200);
        assertThat(numbers(outcome.body().get("done"))).containsExactly(mine);
        assertThat(numbers(outcome.body().get("refused"))).containsExactly(theirs);
        assertThat(placement(mine)).isEqualTo(new Placement(null, branchPool, false));
        assertThat(placement(theirs)).isEqualTo(new Placement(s.rep3().userId(), null, false));
        assertThat(ownershipEvents(mine)).last()
                .isEqualTo("RETURNED " + s.rep1().userId() + ">- " + branchPool + " 客户已倒闭");
        get(s.rep1(), "/api/v1/customers/" + mine).expect(200);
        patch(s.rep1(), "/api/v1/customers/" + mine, Map.of("remark", "x"), customerVersion(s.rep1(), mine))
                .expect(404);

        post(s.outsider(), "/api/v1/customers/batch/return", Map.of("ids", List.of(office), "reason", "无意向"))
                .expect(200);
        assertThat(placement(office)).isEqualTo(new Placement(null, companyPool(s), false));
        assertThat(published.stream(CustomerReturnedToPool.class).map(e -> e.customerIds().get(0) + "@" + e.poolId()
                + " from " + e.previousOwnerId() + (e.automatic() ? " auto" : ""))).containsExactly(
                mine + "@" + branchPool + " from " + s.rep1().userId(),
                office + "@" + companyPool(s) + " from " + s.outsider().userId());

        Response again = post(s.director(), "/api/v1/customers/batch/return", Map.of("ids", List.of(mine),
                "reason", "再退")).expect(200);
        assertThat(numbers(again.body().get("unchanged"))).as("already in the pool").containsExactly(mine);
        assertThat(numbers(again.body().get("refused"))).isEmpty();
        assertThat(numbers(again.body().get("done"))).isEmpty();
        assertThat(ownershipEvents(mine)).hasSize(2);
    }

    @Test
    void everyMoveIsShownOnTheCustomersTimelineAndOverview() throws Exception {
        Sales s = sales();
        post(s.admin(), "/api/v1/customer-pools", poolBody("分公司公海", s.branch())).expect(201);
        long id = customer(s.rep1(), "流转客户");
        post(s.rep1(), "/api/v1/customers/batch/return", Map.of("ids", List.of(id), "reason", "暂无需求")).expect(200);
        post(s.rep2(), "/api/v1/customers/batch/claim", Map.of("ids", List.of(id))).expect(200);
        post(s.director(), "/api/v1/customers/batch/assign", Map.of("ids", List.of(id), "toUserId",
                s.rep3().userId())).expect(200);
        post(s.director(), "/api/v1/customers/batch/transfer", Map.of("ids", List.of(id), "toUserId",
                s.rep1().userId())).expect(200);

        List<String> overview = new ArrayList<>();
        get(s.rep1(), "/api/v1/customers/" + id + "/overview").expect(200).body().get("timeline").get("entries")
                .forEach(e -> overview.add(e.get("kind").asString() + ": " + e.get("summary").asString()));
        assertThat(overview).containsExactly("ownership: 由 用户rep3 转移给 用户rep1", "ownership: 分配给 用户rep3",
                "ownership: 用户rep2 从公海领取", "ownership: 用户rep1 退回分公司公海", "ownership: 创建客户");
        List<String> english = new ArrayList<>();
        call(s.rep1(), MockMvcRequestBuilders.get("/api/v1/customers/" + id + "/timeline").header("Accept-Language",
                "en-US")).expect(200).body().get("entries").forEach(e -> english.add(e.get("summary").asString()));
        assertThat(english).containsExactly("Transferred from 用户rep3 to 用户rep1", "Assigned to 用户rep3",
                "用户rep2 claimed it from the pool", "用户rep1 returned it to 分公司公海", "Customer created");
    }
}
