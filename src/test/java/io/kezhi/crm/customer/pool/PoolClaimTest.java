package io.kezhi.crm.customer.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.testsupport.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Claiming from a pool: members only, within the per-user cap, and after the cooldown for the previous owner. */
class PoolClaimTest extends CustomerApiTest {

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A branch pool with the given limits, and customers rep2 created and returned to it. */
    private long branchPool(Sales s, Integer cap, int cooldownDays) throws Exception {
        Map<String, Object> body = poolBody("分公司公海", s.branch());
        body.put("maxOwnedPerUser", cap);
        body.put("cooldownDays", cooldownDays);
        return post(s.admin(), "/api/v1/customer-pools", body).expect(201).id();
    }

    private long pooled(Sales s, String name) throws Exception {
        long id = customer(s.rep2(), name);
        post(s.rep2(), "/api/v1/customers/batch/return", Map.of("ids", List.of(id), "reason", "暂无需求")).expect(200);
        return id;
    }

    @Test
    void aMemberClaimsAndTheClaimIsRecorded() throws Exception {
        Sales s = sales();
        long pool = branchPool(s, null, 0);
        long id = pooled(s, "待领客户");

        Response claimed = post(s.rep3(), "/api/v1/customers/batch/claim", Map.of("ids", List.of(id))).expect(200);
        assertThat(numbers(claimed.body().get("done"))).containsExactly(id);
        assertThat(numbers(claimed.body().get("refused"))).isEmpty();
        assertThat(placement(id)).isEqualTo(new Placement(s.rep3().userId(), null, false));
        assertThat(ownershipEvents(id)).containsExactly(
                "CREATED ->" + s.rep2().userId() + " - -",
                "RETURNED " + s.rep2().userId() + ">- " + pool + " 暂无需求",
                "CLAIMED ->" + s.rep3().userId() + " " + pool + " -");
        assertThat(customerOf(s.rep3(), id).body().path("customer").get("ownerId").asLong())
                .isEqualTo(s.rep3().userId());
        assertThat(timelineSummaries(s, id)).containsExactly("用户rep3 从公海领取", "用户rep2 退回分公司公海", "创建客户");

        post(s.director(), "/api/v1/customers/batch/claim", Map.of("ids", List.of(id))).expect(409);
        post(s.rep1(), "/api/v1/customers/batch/claim", Map.of("ids", List.of(id))).expect(404);
        assertThat(placement(id)).isEqualTo(new Placement(s.rep3().userId(), null, false));
    }

    @Test
    void aNonMemberClaimingByIdGetsNotFoundAndNoName() throws Exception {
        Sales s = sales();
        long pool = branchPool(s, null, 0);
        long id = pooled(s, "机密客户甲");

        Response refused = post(s.outsider(), "/api/v1/customers/batch/claim", Map.of("ids", List.of(id))).expect(404);
        assertThat(refused.body().toString()).doesNotContain("机密客户甲");
        get(s.outsider(), "/api/v1/customers/" + id).expect(404);
        get(s.outsider(), "/api/v1/customer-pools/" + pool + "/customers").expect(404);
        Response unknown = post(s.outsider(), "/api/v1/customers/batch/claim", Map.of("ids", List.of(999_999_999L)))
                .expect(404);
        assertThat(refused.body().get("detail")).isEqualTo(unknown.body().get("detail"));
        assertThat(placement(id)).isEqualTo(new Placement(null, pool, false));
        assertThat(ownershipEvents(id)).hasSize(2);
    }

    @Test
    void theCapCountsOwnedCustomersAndABatchIsAllOrNone() throws Exception {
        Sales s = sales();
        long pool = branchPool(s, 2, 0);
        customer(s.rep1(), "已有客户");
        long a = pooled(s, "甲");
        long b = pooled(s, "乙");
        long c = pooled(s, "丙");

        Response over = post(s.rep1(), "/api/v1/customers/batch/claim", Map.of("ids", List.of(a, b))).expect(409);
        assertThat(over.body().get("detail").asString()).isEqualTo("领取后您名下的客户将超过上限 2 个（现有 1 个）。");
        for (long id : List.of(a, b, c)) {
            assertThat(placement(id)).isEqualTo(new Placement(null, pool, false));
            assertThat(ownershipEvents(id)).noneMatch(e -> e.startsWith("CLAIMED"));
        }

        assertThat(numbers(post(s.rep1(), "/api/v1/customers/batch/claim", Map.of("ids", List.of(b))).expect(200).body()
                .get("done"))).containsExactly(b);
        post(s.rep1(), "/api/v1/customers/batch/claim", Map.of("ids", List.of(c))).expect(409);
        assertThat(placement(c)).isEqualTo(new Placement(null, pool, false));
        assertThat(numbers(post(s.rep3(), "/api/v1/customers/batch/claim", Map.of("ids", List.of(a, c))).expect(200)
                .body().get("done"))).containsExactlyInAnyOrder(a, c);
    }

    @Test
    void thePreviousOwnerWaitsForTheCooldownOthersDoNot() throws Exception {
        Sales s = sales();
        long pool = branchPool(s, null, 3);
        long mine = pooled(s, "冷却客户");
        long other = pooled(s, "别的客户");

        Response early = post(s.rep2(), "/api/v1/customers/batch/claim", Map.of("ids", List.of(mine))).expect(409);
        assertThat(early.body().get("detail").asString()).contains("冷却客户");
        clock.advance(Duration.ofDays(3).minusMinutes(5));
        post(s.rep2(), "/api/v1/customers/batch/claim", Map.of("ids", List.of(mine))).expect(409);
        assertThat(placement(mine)).isEqualTo(new Placement(null, pool, false));

        clock.advance(Duration.ofMinutes(10));
        post(s.rep2(), "/api/v1/customers/batch/claim", Map.of("ids", List.of(mine))).expect(200);
        assertThat(placement(mine)).isEqualTo(new Placement(s.rep2().userId(), null, false));

        clock.reset();
        long fresh = pooled(s, "刚退回的客户");
        post(s.rep1(), "/api/v1/customers/batch/claim", Map.of("ids", List.of(fresh, other))).expect(200);
        assertThat(placement(fresh)).isEqualTo(new Placement(s.rep1().userId(), null, false));
        assertThat(placement(other)).isEqualTo(new Placement(s.rep1().userId(), null, false));
    }

    private List<String> timelineSummaries(Sales s, long id) throws Exception {
        List<String> summaries = new java.util.ArrayList<>();
        get(s.admin(), "/api/v1/customers/" + id + "/timeline").expect(200).body().get("entries")
                .forEach(e -> summaries.add(e.get("summary").asString()));
        return summaries;
    }
}
