package io.kezhi.crm.customer.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A customer with contacts always has one primary contact: deleting it promotes the most recently
 * updated remaining contact (an audited change), restoring it does not make a second one, and
 * undoing a merge leaves each customer with one.
 */
class ContactPrimaryTest extends CustomerApiTest {

    @Test
    void deletingThePrimaryContactPromotesTheMostRecentlyUpdatedOne() throws Exception {
        Sales s = sales();
        long customer = customer(s.rep1(), "甲公司");
        clock.advance(Duration.ofDays(-3));
        long primary = contact(s.rep1(), customer, "张三");
        long older = contact(s.rep1(), customer, "李四");
        long recent = contact(s.rep1(), customer, "王五");
        clock.reset();
        clock.advance(Duration.ofDays(-1));
        JsonNode edited = get(s.rep1(), "/api/v1/contacts/" + older).expect(200).body();
        patch(s.rep1(), "/api/v1/contacts/" + older, Map.of("title", "财务"), edited.get("version").asLong())
                .expect(200);
        clock.reset();
        assertThat(contacts(s.rep1(), customer)).containsExactly("张三 (primary)", "李四", "王五");

        delete(s.rep1(), "/api/v1/contacts/" + primary, version(s.rep1(), primary)).expect(204);
        assertThat(contacts(s.rep1(), customer)).as("李四 was updated last").containsExactly("李四 (primary)", "王五");
        JsonNode change = get(s.rep1(), "/api/v1/history/contact/" + older).expect(200).body().path("items").get(0);
        assertThat(change.get("action").asString()).isEqualTo("UPDATE");
        assertThat(change.get("userId").asLong()).isEqualTo(s.rep1().userId());
        assertThat(change.get("changes").get(0).get("field").asString()).isEqualTo("primaryContact");
        assertThat(change.get("changes").get(0).get("after").asBoolean()).isTrue();

        long entry = binEntry(s.rep1(), primary);
        post(s.rep1(), "/api/v1/recycle-bin/" + entry + "/restore", Map.of()).expect(204);
        assertThat(contacts(s.rep1(), customer)).as("restored, but the primary contact stays who it is now")
                .containsExactly("张三", "李四 (primary)", "王五");

        delete(s.rep1(), "/api/v1/contacts/" + older, version(s.rep1(), older)).expect(204);
        assertThat(contacts(s.rep1(), customer)).as("张三 was updated last, by its restore")
                .containsExactly("张三 (primary)", "王五");
        delete(s.rep1(), "/api/v1/contacts/" + primary, version(s.rep1(), primary)).expect(204);
        delete(s.rep1(), "/api/v1/contacts/" + recent, version(s.rep1(), recent)).expect(204);
        assertThat(contacts(s.rep1(), customer)).isEmpty();
        post(s.rep1(), "/api/v1/recycle-bin/" + binEntry(s.rep1(), older) + "/restore", Map.of()).expect(204);
        assertThat(contacts(s.rep1(), customer)).as("the only contact is the primary one").containsExactly("李四 (primary)");
    }

    @Test
    void deletingAnotherContactLeavesThePrimaryAlone() throws Exception {
        Sales s = sales();
        long customer = customer(s.rep1(), "甲公司");
        contact(s.rep1(), customer, "张三");
        long other = contact(s.rep1(), customer, "李四");
        delete(s.rep1(), "/api/v1/contacts/" + other, version(s.rep1(), other)).expect(204);
        assertThat(contacts(s.rep1(), customer)).containsExactly("张三 (primary)");
    }

    @Test
    void undoingAMergeLeavesEachCustomerWithOnePrimaryContact() throws Exception {
        Sales s = sales();
        long survivor = customer(s.rep1(), "华为技术");
        Map<String, Object> body = customerBody("华为技术有限公司");
        body.put("ignoreDuplicates", true);
        long merged = customer(s.rep1(), body);
        long survivorPrimary = contact(s.rep1(), survivor, "张三");
        contact(s.rep1(), survivor, "赵六");
        contact(s.rep1(), merged, "李四");
        post(s.rep1(), "/api/v1/customers/merge", Map.of("survivorId", survivor, "mergedIds", List.of(merged),
                "values", Map.of(), "version", customerVersion(s.rep1(), survivor))).expect(200);
        assertThat(contacts(s.rep1(), survivor)).containsExactly("张三 (primary)", "李四", "赵六");

        delete(s.rep1(), "/api/v1/contacts/" + survivorPrimary, version(s.rep1(), survivorPrimary)).expect(204);
        assertThat(contacts(s.rep1(), survivor)).as("李四 moved last").containsExactly("李四 (primary)", "赵六");

        long merge = get(s.rep1(), "/api/v1/customers/" + survivor + "/merges").expect(200).body().get(0).get("id")
                .asLong();
        post(s.rep1(), "/api/v1/customer-merges/" + merge + "/undo", Map.of()).expect(200);
        assertThat(contacts(s.rep1(), merged)).containsExactly("李四 (primary)");
        assertThat(contacts(s.rep1(), survivor)).as("the primary went back with its customer")
                .containsExactly("赵六 (primary)");
    }

    private long version(KezhiPrincipal as, long contact) throws Exception {
        return get(as, "/api/v1/contacts/" + contact).expect(200).body().get("version").asLong();
    }

    /** "name (primary)" of the customer's contacts, sorted by name. */
    private List<String> contacts(KezhiPrincipal as, long customerId) throws Exception {
        List<String> names = new ArrayList<>();
        get(as, "/api/v1/customers/" + customerId + "/contacts").expect(200).body().path("items").forEach(c ->
                names.add(c.get("name").asString() + (c.get("primaryContact").asBoolean() ? " (primary)" : "")));
        return names.stream().sorted().toList();
    }

    private long binEntry(KezhiPrincipal as, long contactId) throws Exception {
        for (JsonNode item : get(as, "/api/v1/recycle-bin?type=contact&size=100").expect(200).body().path("items")) {
            if (item.get("subjectId").asLong() == contactId) {
                return item.get("id").asLong();
            }
        }
        throw new AssertionError("contact " + contactId + " is not in the recycle bin");
    }
}
