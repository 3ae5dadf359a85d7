package io.kezhi.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.login.KezhiPrincipal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contacts and follow-ups carry a copy of their customer's owner and department ({@link OwnerCopies}),
 * by which their lists find them; the customer still decides who sees them. (Every API test also checks
 * that no copy is out of step with its customer when it ends: {@code ApiTest}.)
 */
class OwnerCopyTest extends CustomerApiTest {

    /** A contact and a follow-up of one customer, as the lists show them to a user. */
    private record Listed(List<Long> contacts, List<Long> followUps) {
    }

    @Test
    void contactsAndFollowUpsFollowTheirCustomerFromOwnerToOwnerThroughPools() throws Exception {
        Sales s = sales();
        long branchPool = post(s.admin(), "/api/v1/customer-pools", poolBody("分公司公海", s.branch())).expect(201).id();
        long customer = customer(s.rep1(), "甲公司");
        long kept = contact(s.rep1(), customer, "张三");
        long deleted = contact(s.rep1(), customer, "李四");
        delete(s.rep1(), "/api/v1/contacts/" + deleted, get(s.rep1(), "/api/v1/contacts/" + deleted).body()
                .get("version").asLong()).expect(204);
        long followUp = followUp(s.rep1(), customer, "电话沟通", Instant.now().minusSeconds(60));
        Listed both = new Listed(List.of(kept), List.of(followUp));
        Listed none = new Listed(List.of(), List.of());
        assertThat(listed(s.rep1())).isEqualTo(both);
        assertThat(listed(s.lead1())).as("a subordinate's").isEqualTo(both);

        post(s.director(), "/api/v1/customers/batch/transfer", Map.of("ids", List.of(customer),
                "toUserId", s.rep3().userId())).expect(200);
        assertThat(listed(s.rep1())).isEqualTo(none);
        assertThat(listed(s.lead1())).isEqualTo(none);
        assertThat(listed(s.rep3())).isEqualTo(both);
        assertThat(listed(s.director())).as("in the director's department tree").isEqualTo(both);

        post(s.rep3(), "/api/v1/customers/batch/return", Map.of("ids", List.of(customer), "reason", "暂无需求"))
                .expect(200);
        assertThat(listed(s.rep3())).isEqualTo(none);
        assertThat(listed(s.director())).as("placed in the branch with its pool").isEqualTo(both);

        post(s.rep2(), "/api/v1/customers/batch/claim", Map.of("ids", List.of(customer))).expect(200);
        assertThat(listed(s.rep2())).isEqualTo(both);
        assertThat(listed(s.lead1())).isEqualTo(both);

        post(s.rep2(), "/api/v1/customers/batch/return", Map.of("ids", List.of(customer), "reason", "暂无需求"))
                .expect(200);
        long poolVersion = get(s.admin(), "/api/v1/customer-pools/" + branchPool).body().get("version").asLong();
        delete(s.admin(), "/api/v1/customer-pools/" + branchPool, poolVersion).expect(204);
        assertThat(listed(s.director())).as("moved with the pool's customers to the company pool").isEqualTo(none);
        Listed all = listed(s.auditor());
        assertThat(all.contacts()).contains(kept);
        assertThat(all.followUps()).contains(followUp);
    }

    @Test
    void theCustomerDecidesEvenWhenACopyIsOutOfStep() throws Exception {
        Sales s = sales();
        long customer = customer(s.rep1(), "甲公司");
        long contact = contact(s.rep1(), customer, "张三");
        long followUp = followUp(s.rep1(), customer, "电话沟通", Instant.now().minusSeconds(60));
        setCopiedOwner(s.rep2().userId(), customer);
        try {
            assertThat(listed(s.rep2())).as("not rep2's customer").isEqualTo(new Listed(List.of(), List.of()));
            assertThat(listed(s.rep1())).as("the lists find records by the copy")
                    .isEqualTo(new Listed(List.of(), List.of()));
            assertThat(get(s.rep2(), "/api/v1/contacts/" + contact).status()).isEqualTo(404);
            assertThat(get(s.rep2(), "/api/v1/follow-ups/" + followUp).status()).isEqualTo(404);
            assertThat(get(s.rep1(), "/api/v1/contacts/" + contact).status()).isEqualTo(200);
            assertThat(get(s.rep1(), "/api/v1/follow-ups/" + followUp).status()).isEqualTo(200);
        } finally {
            setCopiedOwner(s.rep1().userId(), customer);
        }
        assertThat(listed(s.rep1())).isEqualTo(new Listed(List.of(contact), List.of(followUp)));
    }

    private void setCopiedOwner(long ownerId, long customerId) {
        for (String table : List.of("contact", "follow_up")) {
            fixtures.jdbc().sql("UPDATE " + table + " SET owner_id = :o WHERE customer_id = :c").param("o", ownerId)
                    .param("c", customerId).update();
        }
    }

    private Listed listed(KezhiPrincipal as) throws Exception {
        return new Listed(ids(get(as, "/api/v1/contacts?size=200").expect(200).body().path("items")),
                ids(get(as, "/api/v1/follow-ups?size=200").expect(200).body().path("items")));
    }
}
