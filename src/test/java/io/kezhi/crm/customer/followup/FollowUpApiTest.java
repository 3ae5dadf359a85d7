package io.kezhi.crm.customer.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Follow-ups keep the customer's last and next follow-up current through every change; their lists
 * follow the customer scope.
 */
class FollowUpApiTest extends CustomerApiTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void everyChangeKeepsTheCustomersLastAndNextFollowUpCurrent() throws Exception {
        Sales s = sales();
        long customer = customer(s.rep1(), "甲公司");
        assertDates(s.rep1(), customer, null, null);

        long older = record(s.rep1(), customer, days(-3), days(1));
        long newer = record(s.rep1(), customer, days(-1), days(5));
        assertDates(s.rep1(), customer, days(-1), days(5));
        record(s.rep1(), customer, days(-2), days(9));
        assertDates(s.rep1(), customer, days(-1), days(5));

        patch(s.rep1(), "/api/v1/follow-ups/" + older, Map.of("occurredAt", NOW.minus(Duration.ofHours(12)).toString(),
                "nextFollowUpAt", days(2).toString()), version(s.rep1(), older)).expect(200);
        assertDates(s.rep1(), customer, NOW.minus(Duration.ofHours(12)), days(2));

        patch(s.rep1(), "/api/v1/follow-ups/" + older, Map.of("clearNextFollowUp", true), version(s.rep1(), older))
                .expect(200);
        assertDates(s.rep1(), customer, NOW.minus(Duration.ofHours(12)), null);

        delete(s.rep1(), "/api/v1/follow-ups/" + older, version(s.rep1(), older)).expect(204);
        assertDates(s.rep1(), customer, days(-1), days(5));
        delete(s.rep1(), "/api/v1/follow-ups/" + newer, version(s.rep1(), newer)).expect(204);
        assertDates(s.rep1(), customer, days(-2), days(9));
        assertThat(ids(get(s.rep1(), "/api/v1/customers/" + customer + "/follow-ups").body().path("items")))
                .hasSize(1);
    }

    @Test
    void badFollowUpsAreRefusedAndLeaveTheCustomerAlone() throws Exception {
        Sales s = sales();
        long customer = customer(s.rep1(), "甲公司");
        long othersContact = contact(s.rep1(), customer(s.rep1(), "乙公司"), "李四");
        Map<String, Object> body = new HashMap<>();
        body.put("followType", "telepathy");
        body.put("content", "内容");
        body.put("occurredAt", NOW.plus(Duration.ofDays(1)).toString());
        body.put("nextFollowUpAt", NOW.toString());
        body.put("contactId", othersContact);
        Response refused = post(s.rep1(), "/api/v1/customers/" + customer + "/follow-ups", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("followType", "occurredAt", "nextFollowUpAt",
                "contactId");
        Response missing = post(s.rep1(), "/api/v1/customers/" + customer + "/follow-ups", Map.of("content", " "));
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("followType", "content", "occurredAt");
        assertDates(s.rep1(), customer, null, null);
        assertThat(get(s.rep1(), "/api/v1/customers/" + customer + "/follow-ups").body().path("items").size())
                .isZero();
    }

    @Test
    void theFollowUpListAcrossCustomersIsScoped() throws Exception {
        Sales s = sales();
        long rep1s = record(s.rep1(), customer(s.rep1(), "甲公司"), days(-1), null);
        long rep2s = record(s.rep2(), customer(s.rep2(), "乙公司"), days(-2), null);
        long rep3s = record(s.rep3(), customer(s.rep3(), "丙公司"), days(-3), null);
        long outsiders = record(s.outsider(), customer(s.outsider(), "丁公司"), days(-4), null);

        assertThat(followUpIds(s.rep1(), "")).containsExactly(rep1s);
        assertThat(followUpIds(s.lead1(), "")).containsExactly(rep1s, rep2s);
        assertThat(followUpIds(s.director(), "")).containsExactly(rep1s, rep2s, rep3s);
        assertThat(followUpIds(s.auditor(), "")).containsExactly(rep1s, rep2s, rep3s, outsiders);
        assertThat(followUpIds(s.lead1(), "authorId=" + s.rep2().userId())).containsExactly(rep2s);
        assertThat(followUpIds(s.auditor(), "from=" + days(-3) + "&to=" + days(-1))).containsExactly(rep2s, rep3s);
    }

    /** A follow-up with nothing planned after it sorts before every plan, on every database. */
    @Test
    void followUpsWithNothingPlannedComeFirstInOrderOfNextFollowUp() throws Exception {
        Sales s = sales();
        long customer = customer(s.rep1(), "甲公司");
        long soon = record(s.rep1(), customer, days(-3), days(1));
        long none = record(s.rep1(), customer, days(-2), null);
        long later = record(s.rep1(), customer, days(-1), days(4));

        assertThat(followUpIds(s.rep1(), "sort=nextFollowUpAt,asc")).containsExactly(none, soon, later);
        assertThat(followUpIds(s.rep1(), "sort=nextFollowUpAt,desc")).containsExactly(later, soon, none);
        assertThat(followUpIds(s.director(), "sort=nextFollowUpAt,desc")).as("through the scope's branches")
                .containsExactly(later, soon, none);
    }

    @Test
    void aFollowUpOutsideTheScopeCannotBeReadChangedOrDeleted() throws Exception {
        Sales s = sales();
        long customer = customer(s.rep3(), "丙公司");
        long id = record(s.rep3(), customer, days(-1), days(3));
        long version = version(s.rep3(), id);

        assertThat(get(s.rep1(), "/api/v1/follow-ups/" + id).status()).isEqualTo(404);
        assertThat(patch(s.rep1(), "/api/v1/follow-ups/" + id, Map.of("content", "越权"), version).status())
                .isEqualTo(404);
        assertThat(delete(s.rep1(), "/api/v1/follow-ups/" + id, version).status()).isEqualTo(404);
        assertThat(post(s.rep1(), "/api/v1/customers/" + customer + "/follow-ups", Map.of("followType", "call",
                "content", "越权", "occurredAt", NOW.toString())).status()).isEqualTo(404);
        assertThat(get(s.rep1(), "/api/v1/customers/" + customer + "/follow-ups").status()).isEqualTo(404);
        assertThat(get(s.rep3(), "/api/v1/follow-ups/" + id).body().get("content").asString()).isEqualTo("跟进");
        assertThat(version(s.rep3(), id)).isEqualTo(version);
        assertDates(s.rep3(), customer, days(-1), days(3));
    }

    @Test
    void followUpsOfADeletedCustomerLeaveTheList() throws Exception {
        Sales s = sales();
        long customer = customer(s.rep1(), "甲公司");
        long id = record(s.rep1(), customer, days(-1), null);
        delete(s.rep1(), "/api/v1/customers/" + customer, customerVersion(s.rep1(), customer)).expect(204);
        for (KezhiPrincipal user : List.of(s.rep1(), s.auditor(), s.admin())) {
            assertThat(followUpIds(user, "")).as(user.username()).isEmpty();
            assertThat(get(user, "/api/v1/follow-ups/" + id).status()).as(user.username()).isEqualTo(404);
        }
    }

    private long record(KezhiPrincipal as, long customer, Instant at, Instant next) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("followType", "visit");
        body.put("content", "跟进");
        body.put("occurredAt", at.toString());
        if (next != null) {
            body.put("nextFollowUpAt", next.toString());
        }
        return post(as, "/api/v1/customers/" + customer + "/follow-ups", body).expect(201).id();
    }

    private void assertDates(KezhiPrincipal as, long customer, Instant last, Instant next) throws Exception {
        JsonNode view = customerOf(as, customer).body().path("customer");
        assertThat(instant(view.get("lastFollowUpAt"))).as("last follow-up").isEqualTo(last);
        assertThat(instant(view.get("nextFollowUpAt"))).as("next follow-up").isEqualTo(next);
    }

    private static Instant instant(JsonNode node) {
        return node == null || node.isNull() ? null : Instant.parse(node.asString());
    }

    private static Instant days(int days) {
        return NOW.plus(Duration.ofDays(days));
    }

    private long version(KezhiPrincipal as, long followUp) throws Exception {
        return get(as, "/api/v1/follow-ups/" + followUp).expect(200).body().get("version").asLong();
    }

    private List<Long> followUpIds(KezhiPrincipal as, String parameters) throws Exception {
        return ids(get(as, "/api/v1/follow-ups?size=200&" + parameters).expect(200).body().path("items"));
    }
}
