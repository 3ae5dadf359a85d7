package io.kezhi.crm.customer.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.customer.CustomerReturnedToPool;
import io.kezhi.crm.customer.CustomersTransferred;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Handing everything a leaving user owns over to a colleague or back to the pools, in one action. */
@RecordApplicationEvents
class HandOverTest extends CustomerApiTest {

    @Autowired
    ApplicationEvents published;

    /** rep1 owns a and b in team1, and c, which sits in the office (outside the director's tree). */
    private record Leaver(Sales s, long a, long b, long c) {
    }

    private Leaver leaver() throws Exception {
        Sales s = sales();
        long a = customer(s.rep1(), "甲公司");
        long b = customer(s.rep1(), "乙公司");
        long c = customer(s.rep1(), "丙公司");
        // a customer kept in another department's books (e.g. from before a reorganisation)
        fixtures.jdbc().sql("UPDATE customer SET owner_dept_id = :office, owner_dept_path ="
                + " (SELECT path FROM department WHERE id = :office) WHERE id = :c").param("office", s.office()).param("c", c).update();
        customer(s.rep2(), "别人的客户");
        return new Leaver(s, a, b, c);
    }

    private static Map<String, Object> handOver(long from, Long to, Boolean toPool) {
        Map<String, Object> body = new HashMap<>();
        body.put("fromUserId", from);
        body.put("toUserId", to);
        body.put("toPool", toPool);
        body.put("reason", "离职");
        return body;
    }

    @Test
    void theSummaryCountsWhatTheCallerMayHandOver() throws Exception {
        Leaver l = leaver();
        Sales s = l.s();
        assertThat(summary(s, s.director(), s.rep1().userId())).isEqualTo("3 owned, 2 permitted");
        assertThat(summary(s, s.admin(), s.rep1().userId())).isEqualTo("3 owned, 3 permitted");
        assertThat(summary(s, s.rep3(), s.rep1().userId())).isEqualTo("3 owned, 0 permitted");
        get(s.auditor(), "/api/v1/customers/hand-over/" + s.rep1().userId()).expect(403);
        assertThat(get(s.admin(), "/api/v1/customers/hand-over/999999999").expect(400).errorFields())
                .containsExactly("fromUserId");
    }

    @Test
    void handingOverToAUserMovesWhatTheCallerMayAndPublishesIt() throws Exception {
        Leaver l = leaver();
        Sales s = l.s();
        Map<String, Object> body = handOver(s.rep1().userId(), s.rep2().userId(), null);
        body.put("withContracts", true);

        Response outcome = post(s.director(), "/api/v1/customers/hand-over", body).expect(200);
        assertThat(outcome.body().get("handedOver").asLong()).isEqualTo(2);
        assertThat(outcome.body().get("refused").asLong()).isEqualTo(1);
        for (long id : List.of(l.a(), l.b())) {
            assertThat(placement(id)).isEqualTo(new Placement(s.rep2().userId(), null, false));
            assertThat(ownershipEvents(id)).last()
                    .isEqualTo("HANDED_OVER " + s.rep1().userId() + ">" + s.rep2().userId() + " - 离职");
        }
        assertThat(placement(l.c())).isEqualTo(new Placement(s.rep1().userId(), null, false));
        assertThat(ownershipEvents(l.c())).hasSize(1);
        assertThat(summary(s, s.admin(), s.rep1().userId())).isEqualTo("1 owned, 1 permitted");

        List<CustomersTransferred> events = published.stream(CustomersTransferred.class).toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).customerIds()).containsExactlyInAnyOrder(l.a(), l.b());
        assertThat(events.get(0).toUserId()).isEqualTo(s.rep2().userId());
        assertThat(events.get(0).withContracts()).isTrue();
        assertThat(events.get(0).withOpenOpportunities()).isFalse();
        assertThat(events.get(0).withTasks()).isFalse();
        assertThat(get(s.rep2(), "/api/v1/customers/" + l.a() + "/timeline").expect(200).body().get("entries").get(0)
                .get("summary").asString()).isEqualTo("离职交接：由 用户rep1 交接给 用户rep2");
    }

    @Test
    void handingOverToThePoolsReturnsEachCustomerToItsNearestPool() throws Exception {
        Leaver l = leaver();
        Sales s = l.s();
        long branchPool = post(s.admin(), "/api/v1/customer-pools", poolBody("分公司公海", s.branch())).expect(201).id();

        Response outcome = post(s.admin(), "/api/v1/customers/hand-over", handOver(s.rep1().userId(), null, true))
                .expect(200);
        assertThat(outcome.body().get("handedOver").asLong()).isEqualTo(3);
        assertThat(outcome.body().get("refused").asLong()).isZero();
        assertThat(placement(l.a())).isEqualTo(new Placement(null, branchPool, false));
        assertThat(placement(l.b())).isEqualTo(new Placement(null, branchPool, false));
        assertThat(placement(l.c())).isEqualTo(new Placement(null, companyPool(s), false));
        assertThat(ownershipEvents(l.a())).last()
                .isEqualTo("HANDED_OVER " + s.rep1().userId() + ">- " + branchPool + " 离职");
        assertThat(published.stream(CustomersTransferred.class)).isEmpty();
        assertThat(published.stream(CustomerReturnedToPool.class).flatMap(e -> e.customerIds().stream()))
                .containsExactlyInAnyOrder(l.a(), l.b(), l.c());
        assertThat(summary(s, s.admin(), s.rep1().userId())).isEqualTo("0 owned, 0 permitted");
    }

    @Test
    void aHandOverNeedsExactlyOneTargetOtherThanTheLeaver() throws Exception {
        Leaver l = leaver();
        Sales s = l.s();
        long rep1 = s.rep1().userId();
        assertThat(post(s.admin(), "/api/v1/customers/hand-over", handOver(rep1, s.rep2().userId(), true))
                .expect(400).errorFields()).containsExactly("toUserId");
        assertThat(post(s.admin(), "/api/v1/customers/hand-over", handOver(rep1, null, null)).expect(400)
                .errorFields()).containsExactly("toUserId");
        assertThat(post(s.admin(), "/api/v1/customers/hand-over", handOver(rep1, rep1, null)).expect(400)
                .errorFields()).containsExactly("toUserId");
        post(s.director(), "/api/v1/customers/hand-over", handOver(rep1, s.outsider().userId(), null)).expect(403);
        post(s.auditor(), "/api/v1/customers/hand-over", handOver(rep1, null, true)).expect(403);

        for (long id : List.of(l.a(), l.b(), l.c())) {
            assertThat(placement(id)).isEqualTo(new Placement(rep1, null, false));
            assertThat(ownershipEvents(id)).hasSize(1);
        }
        assertThat(published.stream(CustomersTransferred.class)).isEmpty();
    }

    @Test
    void aUserWhoLeftIsHandedOverAndReceivesNothing() throws Exception {
        Leaver l = leaver();
        Sales s = l.s();
        long version = get(s.admin(), "/api/v1/users/" + s.rep1().userId()).expect(200).version();
        post(s.admin(), "/api/v1/users/" + s.rep1().userId() + "/status", Map.of("status", "LEFT", "version", version))
                .expect(200);

        assertThat(post(s.admin(), "/api/v1/customers/hand-over", handOver(s.rep2().userId(), s.rep1().userId(),
                null)).expect(400).errorFields()).containsExactly("toUserId");
        assertThat(post(s.admin(), "/api/v1/customers/batch/transfer", Map.of("ids", List.of(l.a()), "toUserId",
                s.rep1().userId())).expect(400).errorFields()).containsExactly("toUserId");

        Response outcome = post(s.admin(), "/api/v1/customers/hand-over", handOver(s.rep1().userId(),
                s.rep3().userId(), null)).expect(200);
        assertThat(outcome.body().get("handedOver").asLong()).isEqualTo(3);
        for (long id : List.of(l.a(), l.b(), l.c())) {
            assertThat(placement(id)).isEqualTo(new Placement(s.rep3().userId(), null, false));
        }
    }

    private String summary(Sales s, io.kezhi.crm.identity.login.KezhiPrincipal as, long from) throws Exception {
        var body = get(as, "/api/v1/customers/hand-over/" + from).expect(200).body();
        assertThat(body.get("fromUserId").asLong()).isEqualTo(from);
        return body.get("owned").asLong() + " owned, " + body.get("permitted").asLong() + " permitted";
    }
}
