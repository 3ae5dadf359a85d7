package io.kezhi.crm.customer.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Automatic return by the pools' rules, with the clock moved forward: per value class with the ANY
 * fallback, follow-ups and deals restarting the count, exemptions, warnings, deeper and disabled pools.
 */
class PoolRulesTest extends CustomerApiTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    TestClock clock;

    @Autowired
    PoolReturnJob job;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long branchPool(Sales s, List<Map<String, Object>> rules) throws Exception {
        Map<String, Object> body = poolBody("分公司公海", s.branch());
        body.put("rules", rules);
        return post(s.admin(), "/api/v1/customer-pools", body).expect(201).id();
    }

    private long valued(KezhiPrincipal owner, String name, String valueClass) throws Exception {
        Map<String, Object> body = customerBody(name);
        body.put("valueClass", valueClass);
        return customer(owner, body);
    }

    private JsonNode run(Sales s) throws Exception {
        return post(s.admin(), "/api/v1/customer-pools/rules/run", Map.of()).expect(200).body();
    }

    private static String outcome(JsonNode body) {
        return body.get("returned").asInt() + " returned, " + body.get("warned").asInt() + " warned";
    }

    @Test
    void daysWithoutFollowUpPerValueClassWithTheAnyFallback() throws Exception {
        Sales s = sales();
        long pool = branchPool(s, List.of(Map.of("valueClass", "ANY", "noFollowUpDays", 10),
                Map.of("valueClass", "KEY", "noFollowUpDays", 30)));
        long normal = valued(s.rep1(), "普通客户", "NORMAL");
        long unclassified = customer(s.rep3(), "未分级客户");
        long key = valued(s.rep1(), "重点客户", "KEY");
        long office = customer(s.outsider(), "办事处客户");

        clock.advance(Duration.ofDays(10).minus(HOUR));
        assertThat(outcome(run(s))).isEqualTo("0 returned, 0 warned");
        clock.advance(Duration.ofHours(2));
        assertThat(outcome(run(s))).isEqualTo("2 returned, 0 warned");
        assertThat(placement(normal)).isEqualTo(new Placement(null, pool, false));
        assertThat(placement(unclassified)).isEqualTo(new Placement(null, pool, false));
        assertThat(placement(key)).isEqualTo(new Placement(s.rep1().userId(), null, false));
        assertThat(placement(office)).as("the branch pool does not govern the office")
                .isEqualTo(new Placement(s.outsider().userId(), null, false));
        assertThat(ownershipEvents(normal)).last()
                .isEqualTo("AUTO_RETURNED " + s.rep1().userId() + ">- " + pool + " NO_FOLLOW_UP:10");

        clock.advance(Duration.ofDays(20));
        assertThat(outcome(run(s))).isEqualTo("1 returned, 0 warned");
        assertThat(placement(key)).isEqualTo(new Placement(null, pool, false));
        assertThat(get(s.admin(), "/api/v1/customers/" + key + "/timeline").expect(200).body().get("entries").get(0)
                .get("summary").asString()).isEqualTo("超过 30 天未跟进，自动收回分公司公海");
        assertThat(outcome(run(s))).isEqualTo("0 returned, 0 warned");
    }

    @Test
    void anAutomaticReturnWhoseReasonNamesNoKnownRuleIsToldByTheGeneralMessage() throws Exception {
        Sales s = sales();
        long pool = branchPool(s, List.of(Map.of("valueClass", "ANY", "noFollowUpDays", 10)));
        long migrated = customer(s.rep1(), "旧系统迁移的客户");
        long unknownRule = customer(s.rep1(), "未知规则的客户");
        clock.advance(Duration.ofDays(11));
        assertThat(outcome(run(s))).isEqualTo("2 returned, 0 warned");
        reasonOfLastEvent(migrated, "旧系统：半年未联系");
        reasonOfLastEvent(unknownRule, "NO_VISIT:60");

        for (long id : List.of(migrated, unknownRule)) {
            JsonNode zh = send(s.admin(), "zh-CN", MockMvcRequestBuilders.get("/api/v1/customers/" + id + "/timeline"),
                    null).expect(200).body().get("entries").get(0);
            assertThat(zh.get("summary").asString()).isEqualTo("自动收回分公司公海");
            assertThat(send(s.admin(), "en-US", MockMvcRequestBuilders.get("/api/v1/customers/" + id + "/timeline"),
                    null).expect(200).body().get("entries").get(0).get("summary").asString())
                    .isEqualTo("Returned automatically to 分公司公海");
            assertThat(zh.get("detail").asString()).as("the reason is shown as it was written")
                    .isEqualTo(id == migrated ? "旧系统：半年未联系" : "NO_VISIT:60");
        }
    }

    private void reasonOfLastEvent(long customerId, String reason) {
        long last = fixtures.jdbc().sql("SELECT MAX(id) FROM customer_event WHERE customer_id = :id")
                .param("id", customerId).query(Long.class).single();
        fixtures.jdbc().sql("UPDATE customer_event SET reason = :reason WHERE id = :id").param("reason", reason)
                .param("id", last).update();
    }

    @Test
    void aFollowUpRestartsTheCountWhichOtherwiseStartsWhenTheOwnerGotTheCustomer() throws Exception {
        Sales s = sales();
        long pool = branchPool(s, List.of(Map.of("valueClass", "ANY", "noFollowUpDays", 10)));
        long followed = customer(s.rep1(), "跟进中的客户");
        long claimedLater = customer(s.rep2(), "后来领取的客户");
        followUp(s.rep2(), claimedLater, "首次电话", clock.instant().minus(HOUR));
        post(s.rep2(), "/api/v1/customers/batch/return", Map.of("ids", List.of(claimedLater), "reason", "不跟了"))
                .expect(200);

        clock.advance(Duration.ofDays(6));
        followUp(s.rep1(), followed, "上门拜访", clock.instant().minus(HOUR));
        post(s.rep3(), "/api/v1/customers/batch/claim", Map.of("ids", List.of(claimedLater))).expect(200);

        clock.advance(Duration.ofDays(8));
        assertThat(outcome(run(s))).as("14 days after creation, 8 after the follow-up and the claim")
                .isEqualTo("0 returned, 0 warned");
        clock.advance(Duration.ofDays(2).plus(HOUR.multipliedBy(2)));
        assertThat(outcome(run(s))).isEqualTo("2 returned, 0 warned");
        assertThat(placement(followed)).isEqualTo(new Placement(null, pool, false));
        assertThat(placement(claimedLater)).isEqualTo(new Placement(null, pool, false));
    }

    @Test
    void daysWithoutADealCountFromTheLastDeal() throws Exception {
        Sales s = sales();
        long pool = branchPool(s, List.of(Map.of("valueClass", "ANY", "noDealDays", 20)));
        long dealt = customer(s.rep1(), "成交过的客户");
        long never = customer(s.rep1(), "从未成交的客户");
        followUp(s.rep1(), never, "电话", clock.instant().minus(HOUR));

        clock.advance(Duration.ofDays(15));
        lastDealAt(dealt, clock.instant());
        clock.advance(Duration.ofDays(5).plus(HOUR));
        assertThat(outcome(run(s))).isEqualTo("1 returned, 0 warned");
        assertThat(placement(never)).isEqualTo(new Placement(null, pool, false));
        assertThat(ownershipEvents(never)).last()
                .isEqualTo("AUTO_RETURNED " + s.rep1().userId() + ">- " + pool + " NO_DEAL:20");
        assertThat(placement(dealt)).isEqualTo(new Placement(s.rep1().userId(), null, false));

        clock.advance(Duration.ofDays(15));
        assertThat(outcome(run(s))).isEqualTo("1 returned, 0 warned");
        assertThat(placement(dealt)).isEqualTo(new Placement(null, pool, false));
    }

    @Test
    void wonDealsAndOpenOpportunitiesExemptWhenThePoolSaysSo() throws Exception {
        Sales s = sales();
        Map<String, Object> body = poolBody("分公司公海", s.branch());
        body.put("rules", List.of(Map.of("valueClass", "ANY", "noFollowUpDays", 10)));
        body.put("exemptWonDeal", true);
        body.put("exemptOpenOpportunity", true);
        Response created = post(s.admin(), "/api/v1/customer-pools", body).expect(201);
        long won = customer(s.rep1(), "成交客户");
        long open = customer(s.rep1(), "有商机的客户");
        long plain = customer(s.rep1(), "普通客户");
        lastDealAt(won, clock.instant().minus(Duration.ofDays(100)));
        fixtures.jdbc().sql("UPDATE customer SET open_opportunities = 2 WHERE id = :id").param("id", open).update();

        clock.advance(Duration.ofDays(11));
        assertThat(outcome(run(s))).isEqualTo("1 returned, 0 warned");
        assertThat(placement(plain)).isEqualTo(new Placement(null, created.id(), false));
        assertThat(placement(won).ownerId()).isEqualTo(s.rep1().userId());
        assertThat(placement(open).ownerId()).isEqualTo(s.rep1().userId());

        body.put("exemptWonDeal", false);
        body.put("exemptOpenOpportunity", false);
        put(s.admin(), "/api/v1/customer-pools/" + created.id(), body, created.version()).expect(200);
        assertThat(outcome(run(s))).isEqualTo("2 returned, 0 warned");
        assertThat(placement(won)).isEqualTo(new Placement(null, created.id(), false));
        assertThat(placement(open)).isEqualTo(new Placement(null, created.id(), false));
    }

    @Test
    void ownersAreWarnedOnceBeforeTheReturnInTheirLanguage() throws Exception {
        Sales s = sales();
        long pool = branchPool(s, List.of(Map.of("valueClass", "ANY", "noFollowUpDays", 10, "warnDays", 3)));
        long first = customer(s.rep1(), "甲公司");
        long second = customer(s.rep1(), "乙公司");
        long other = customer(s.rep3(), "丙公司");

        clock.advance(Duration.ofDays(7).minus(HOUR));
        assertThat(outcome(run(s))).isEqualTo("0 returned, 0 warned");
        assertThat(notifications(s.rep1(), "zh-CN")).isEmpty();

        clock.advance(HOUR.multipliedBy(2));
        assertThat(outcome(run(s))).isEqualTo("0 returned, 3 warned");
        assertThat(outcome(run(s))).as("once").isEqualTo("0 returned, 0 warned");
        assertThat(notifications(s.rep1(), "zh-CN"))
                .containsExactly("您有 2 个客户长期未跟进，将在 3 天内被收回分公司公海：甲公司、乙公司");
        assertThat(notifications(s.rep1(), "en-US")).containsExactly(
                "2 of your customers without follow-up for long will return to 分公司公海 within 3 days: 甲公司、乙公司");
        assertThat(notifications(s.rep3(), "zh-CN"))
                .containsExactly("您有 1 个客户长期未跟进，将在 3 天内被收回分公司公海：丙公司");

        followUp(s.rep1(), first, "电话", clock.instant().minus(HOUR));
        clock.advance(Duration.ofDays(3));
        assertThat(outcome(run(s))).isEqualTo("2 returned, 0 warned");
        assertThat(placement(second)).isEqualTo(new Placement(null, pool, false));
        assertThat(placement(other)).isEqualTo(new Placement(null, pool, false));
        assertThat(notifications(s.rep1(), "zh-CN")).containsExactly(
                "1 个客户超过 10 天未跟进，已被收回分公司公海：乙公司",
                "您有 2 个客户长期未跟进，将在 3 天内被收回分公司公海：甲公司、乙公司");

        clock.advance(Duration.ofDays(4));
        assertThat(outcome(run(s))).as("the follow-up started a new count, with a new warning")
                .isEqualTo("0 returned, 1 warned");
        assertThat(notifications(s.rep1(), "en-US").get(0))
                .isEqualTo("1 of your customers without follow-up for long will return to 分公司公海 within 3 days: 甲公司");
    }

    @Test
    void deeperPoolsGovernTheirDepartmentsAndDisabledPoolsAreIgnored() throws Exception {
        Sales s = sales();
        long branch = branchPool(s, List.of(Map.of("valueClass", "ANY", "noFollowUpDays", 10)));
        Map<String, Object> teamBody = poolBody("一部公海", s.team1());
        teamBody.put("rules", List.of(Map.of("valueClass", "ANY", "noFollowUpDays", 30)));
        Response team = post(s.admin(), "/api/v1/customer-pools", teamBody).expect(201);
        long inTeam1 = customer(s.rep1(), "一部客户");
        long inTeam2 = customer(s.rep3(), "二部客户");

        clock.advance(Duration.ofDays(11));
        assertThat(outcome(run(s))).isEqualTo("1 returned, 0 warned");
        assertThat(placement(inTeam2)).isEqualTo(new Placement(null, branch, false));
        assertThat(placement(inTeam1)).isEqualTo(new Placement(s.rep1().userId(), null, false));

        teamBody.put("enabled", false);
        put(s.admin(), "/api/v1/customer-pools/" + team.id(), teamBody, team.version()).expect(200);
        assertThat(outcome(run(s))).isEqualTo("1 returned, 0 warned");
        assertThat(placement(inTeam1)).as("the branch pool governs and receives it")
                .isEqualTo(new Placement(null, branch, false));
    }

    @Test
    void theNightlyJobRunsEveryCompanyInBatches() throws Exception {
        Sales a = sales();
        Sales b = sales();
        long branch = branchPool(a, List.of(Map.of("valueClass", "ANY", "noFollowUpDays", 10, "warnDays", 2)));
        Response companyPool = get(b.admin(), "/api/v1/customer-pools/" + companyPool(b)).expect(200);
        Map<String, Object> rules = poolBody("公司公海", b.company().rootDepartment());
        rules.put("rules", List.of(Map.of("valueClass", "ANY", "noFollowUpDays", 10, "warnDays", 2)));
        put(b.admin(), "/api/v1/customer-pools/" + companyPool(b), rules, companyPool.version()).expect(200);
        List<Long> inA = new ArrayList<>();
        List<Long> inB = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            inA.add(customer(a.rep1(), "甲方客户" + i));
            inB.add(customer(b.outsider(), "乙方客户" + i));
        }
        long recent = customer(a.rep1(), "新客户");
        clock.advance(Duration.ofDays(9));
        followUp(a.rep1(), recent, "电话", clock.instant().minus(HOUR));

        job.run();
        assertThat(warnedCount(inA)).isEqualTo(7);
        assertThat(warnedCount(inB)).isEqualTo(7);
        clock.advance(Duration.ofDays(2));
        job.run();
        for (long id : inA) {
            assertThat(placement(id)).isEqualTo(new Placement(null, branch, false));
        }
        for (long id : inB) {
            assertThat(placement(id)).isEqualTo(new Placement(null, companyPool(b), false));
        }
        assertThat(placement(recent).ownerId()).isEqualTo(a.rep1().userId());
        assertThat(get(a.admin(), "/api/v1/customer-pools/" + branch).expect(200).body().get("customerCount")
                .asLong()).isEqualTo(7);
    }

    private void lastDealAt(long customerId, Instant at) {
        fixtures.jdbc().sql("UPDATE customer SET last_deal_at = :at WHERE id = :id")
                .param("at", fixtures.at(at)).param("id", customerId).update();
    }

    private long warnedCount(List<Long> ids) {
        return fixtures.jdbc().sql("SELECT COUNT(*) FROM customer WHERE id IN (:ids) AND return_warned_at IS NOT NULL")
                .param("ids", ids).query(Long.class).single();
    }

    /** The user's notification texts, newest first, in the language asked for. */
    private List<String> notifications(KezhiPrincipal user, String language) throws Exception {
        List<String> texts = new ArrayList<>();
        call(user, MockMvcRequestBuilders.get("/api/v1/notifications?size=50").header("Accept-Language", language))
                .expect(200).body().get("items").forEach(n -> texts.add(n.get("text").asString()));
        return texts;
    }
}
