package io.kezhi.crm.customer.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contacts carry a copy of their customer's owner and department ({@link ContactOwners}), by which the
 * contact list finds them; the customer still decides who sees them. (Every API test also checks that
 * no contact is out of step with its customer when it ends: {@code ApiTest}.)
 */
class ContactOwnerCopyTest extends CustomerApiTest {

    @Test
    void contactsFollowTheirCustomerFromOwnerToOwnerThroughPools() throws Exception {
        Sales s = sales();
        long branchPool = post(s.admin(), "/api/v1/customer-pools", poolBody("分公司公海", s.branch())).expect(201).id();
        long customer = customer(s.rep1(), "甲公司");
        long kept = contact(s.rep1(), customer, "张三");
        long deleted = contact(s.rep1(), customer, "李四");
        delete(s.rep1(), "/api/v1/contacts/" + deleted, get(s.rep1(), "/api/v1/contacts/" + deleted).body()
                .get("version").asLong()).expect(204);
        assertThat(contactIds(s.rep1())).containsExactly(kept);
        assertThat(contactIds(s.lead1())).as("a subordinate's").containsExactly(kept);

        post(s.director(), "/api/v1/customers/batch/transfer", Map.of("ids", List.of(customer),
                "toUserId", s.rep3().userId())).expect(200);
        assertThat(contactIds(s.rep1())).isEmpty();
        assertThat(contactIds(s.lead1())).isEmpty();
        assertThat(contactIds(s.rep3())).containsExactly(kept);
        assertThat(contactIds(s.director())).as("in the director's department tree").containsExactly(kept);

        post(s.rep3(), "/api/v1/customers/batch/return", Map.of("ids", List.of(customer), "reason", "暂无需求"))
                .expect(200);
        assertThat(contactIds(s.rep3())).isEmpty();
        assertThat(contactIds(s.director())).as("placed in the branch with its pool").containsExactly(kept);

        post(s.rep2(), "/api/v1/customers/batch/claim", Map.of("ids", List.of(customer))).expect(200);
        assertThat(contactIds(s.rep2())).containsExactly(kept);
        assertThat(contactIds(s.lead1())).containsExactly(kept);

        post(s.rep2(), "/api/v1/customers/batch/return", Map.of("ids", List.of(customer), "reason", "暂无需求"))
                .expect(200);
        long poolVersion = get(s.admin(), "/api/v1/customer-pools/" + branchPool).body().get("version").asLong();
        delete(s.admin(), "/api/v1/customer-pools/" + branchPool, poolVersion).expect(204);
        assertThat(contactIds(s.director())).as("moved with the pool's customers to the company pool").isEmpty();
        assertThat(contactIds(s.auditor())).contains(kept);
    }

    @Test
    void theCustomerDecidesEvenWhenACopyIsOutOfStep() throws Exception {
        Sales s = sales();
        long customer = customer(s.rep1(), "甲公司");
        long id = contact(s.rep1(), customer, "张三");
        setCopiedOwner(id, s.rep2().userId());
        try {
            assertThat(contactIds(s.rep2())).as("not rep2's customer").isEmpty();
            assertThat(contactIds(s.rep1())).as("the list finds contacts by the copy").isEmpty();
            assertThat(get(s.rep2(), "/api/v1/contacts/" + id).status()).isEqualTo(404);
            assertThat(get(s.rep1(), "/api/v1/contacts/" + id).status()).isEqualTo(200);
        } finally {
            setCopiedOwner(id, s.rep1().userId());
        }
        assertThat(contactIds(s.rep1())).containsExactly(id);
    }

    private void setCopiedOwner(long contactId, long ownerId) {
        fixtures.jdbc().sql("UPDATE contact SET owner_id = :o WHERE id = :id").param("o", ownerId)
                .param("id", contactId).update();
    }

    private List<Long> contactIds(KezhiPrincipal as) throws Exception {
        return ids(get(as, "/api/v1/contacts?size=200").expect(200).body().path("items"));
    }
}
