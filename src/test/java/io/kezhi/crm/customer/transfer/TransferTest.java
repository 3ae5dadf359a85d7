package io.kezhi.crm.customer.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.customer.CustomersTransferred;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Transferring customers to another user: scope, refused ids, the recorded events and the published event. */
@RecordApplicationEvents
class TransferTest extends CustomerApiTest {

    @Autowired
    ApplicationEvents published;

    private static Map<String, Object> transfer(List<Long> ids, long toUserId) {
        Map<String, Object> body = new HashMap<>();
        body.put("ids", ids);
        body.put("toUserId", toUserId);
        return body;
    }

    private List<CustomersTransferred> transfers() {
        return published.stream(CustomersTransferred.class).toList();
    }

    @Test
    void theCustomersInScopeMoveAndTheOthersAreReportedUnchanged() throws Exception {
        Sales s = sales();
        long a = customer(s.rep1(), "甲公司");
        long c = customer(s.rep3(), "丙公司");
        long d = customer(s.outsider(), "丁公司");
        Map<String, Object> body = transfer(List.of(a, d, c, 999_999_999L), s.rep2().userId());
        body.put("withOpenOpportunities", true);
        body.put("withTasks", true);
        body.put("reason", " 区域调整 ");

        Response outcome = post(s.director(), "/api/v1/customers/batch/transfer", body).expect(200);
        assertThat(numbers(outcome.body().get("done"))).containsExactlyInAnyOrder(a, c);
        assertThat(numbers(outcome.body().get("refused"))).containsExactly(d, 999_999_999L);
        assertThat(numbers(outcome.body().get("unchanged"))).isEmpty();
        assertThat(placement(a)).isEqualTo(new Placement(s.rep2().userId(), null, false));
        assertThat(placement(c)).isEqualTo(new Placement(s.rep2().userId(), null, false));
        assertThat(placement(d)).isEqualTo(new Placement(s.outsider().userId(), null, false));
        assertThat(ownershipEvents(a)).last()
                .isEqualTo("TRANSFERRED " + s.rep1().userId() + ">" + s.rep2().userId() + " - 区域调整");
        assertThat(ownershipEvents(c)).last()
                .isEqualTo("TRANSFERRED " + s.rep3().userId() + ">" + s.rep2().userId() + " - 区域调整");
        assertThat(ownershipEvents(d)).hasSize(1);
        assertThat(customerOf(s.rep2(), a).body().path("customer").get("ownerDeptId").asLong()).isEqualTo(s.team1());
        get(s.rep1(), "/api/v1/customers/" + a).expect(404);
        assertThat(get(s.rep2(), "/api/v1/customers/" + c + "/timeline").expect(200).body().get("entries").get(0)
                .get("summary").asString()).isEqualTo("由 用户rep3 转移给 用户rep2");

        assertThat(transfers()).hasSize(1);
        CustomersTransferred event = transfers().get(0);
        assertThat(event.customerIds()).containsExactlyInAnyOrder(a, c);
        assertThat(event.toUserId()).isEqualTo(s.rep2().userId());
        assertThat(event.withOpenOpportunities()).isTrue();
        assertThat(event.withContracts()).isFalse();
        assertThat(event.withTasks()).isTrue();
    }

    @Test
    void theTargetMustBeWithinTheCallersAssignScope() throws Exception {
        Sales s = sales();
        long a = customer(s.rep1(), "甲公司");
        long c = customer(s.rep3(), "丙公司");

        post(s.director(), "/api/v1/customers/batch/transfer", transfer(List.of(a, c), s.outsider().userId()))
                .expect(403);
        post(s.rep1(), "/api/v1/customers/batch/transfer", transfer(List.of(a), s.rep3().userId())).expect(403);
        post(s.auditor(), "/api/v1/customers/batch/transfer", transfer(List.of(a), s.rep2().userId())).expect(403);
        assertThat(post(s.director(), "/api/v1/customers/batch/transfer", transfer(List.of(a), 999_999_999L))
                .expect(400).errorFields()).containsExactly("toUserId");
        assertThat(post(s.director(), "/api/v1/customers/batch/transfer", Map.of("ids", List.of())).expect(400)
                .errorFields()).containsExactlyInAnyOrder("ids", "toUserId");

        assertThat(placement(a)).isEqualTo(new Placement(s.rep1().userId(), null, false));
        assertThat(placement(c)).isEqualTo(new Placement(s.rep3().userId(), null, false));
        assertThat(ownershipEvents(a)).hasSize(1);
        assertThat(transfers()).isEmpty();
    }

    @Test
    void nothingPermittedMovesNothingAndPublishesNothing() throws Exception {
        Sales s = sales();
        long theirs = customer(s.rep3(), "丙公司");

        // to the caller: a target inside an OWN scope, so only the customer's scope refuses
        Response outcome = post(s.rep1(), "/api/v1/customers/batch/transfer", transfer(List.of(theirs),
                s.rep1().userId())).expect(200);
        assertThat(numbers(outcome.body().get("done"))).isEmpty();
        assertThat(numbers(outcome.body().get("refused"))).containsExactly(theirs);
        assertThat(placement(theirs)).isEqualTo(new Placement(s.rep3().userId(), null, false));
        assertThat(transfers()).as("no event for an empty transfer").isEmpty();
    }

    @Test
    void aPooledCustomerTransferredIsRecordedAsAssigned() throws Exception {
        Sales s = sales();
        long pooled = customer(s.rep1(), "公海客户");
        post(s.rep1(), "/api/v1/customers/batch/return", Map.of("ids", List.of(pooled), "reason", "无意向"))
                .expect(200);

        post(s.admin(), "/api/v1/customers/batch/transfer", transfer(List.of(pooled), s.rep3().userId()))
                .expect(200);
        assertThat(placement(pooled)).isEqualTo(new Placement(s.rep3().userId(), null, false));
        assertThat(ownershipEvents(pooled)).last()
                .isEqualTo("ASSIGNED ->" + s.rep3().userId() + " " + companyPool(s) + " -");
        assertThat(transfers().get(0).customerIds()).containsExactly(pooled);
    }

    @Test
    void customersTheTargetAlreadyOwnsAreReportedUnchangedWithoutAnEvent() throws Exception {
        Sales s = sales();
        long already = customer(s.rep2(), "乙已有的客户");
        long moving = customer(s.rep1(), "甲的客户");
        String since = customerOf(s.rep2(), already).body().path("customer").get("ownedSince").asString();

        Response outcome = post(s.director(), "/api/v1/customers/batch/transfer", transfer(List.of(already, moving),
                s.rep2().userId())).expect(200);
        assertThat(numbers(outcome.body().get("done"))).containsExactly(moving);
        assertThat(numbers(outcome.body().get("unchanged"))).containsExactly(already);
        assertThat(numbers(outcome.body().get("refused"))).isEmpty();
        assertThat(ownershipEvents(already)).as("no transfer recorded").hasSize(1);
        assertThat(customerOf(s.rep2(), already).body().path("customer").get("ownedSince").asString())
                .as("still owned since the same time").isEqualTo(since);
        assertThat(transfers()).hasSize(1);
        assertThat(transfers().get(0).customerIds()).containsExactly(moving);

        Response nothing = post(s.director(), "/api/v1/customers/batch/transfer", transfer(List.of(already),
                s.rep2().userId())).expect(200);
        assertThat(numbers(nothing.body().get("done"))).isEmpty();
        assertThat(numbers(nothing.body().get("unchanged"))).containsExactly(already);
        assertThat(transfers()).as("nothing moved, nothing published").hasSize(1);
    }
}
