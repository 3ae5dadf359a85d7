package io.kezhi.crm.customer.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** Lookup by phone (however it is typed), ID number and membership number, within the caller's scope. */
class CustomerLookupTest extends CustomerApiTest {

    @Test
    void aPhoneNumberIsFoundHoweverItIsTyped() throws Exception {
        Sales s = sales();
        Map<String, Object> body = customerBody("甲公司");
        body.put("phone", "13800138000");
        long customer = customer(s.rep1(), body);
        long other = customer(s.rep1(), "乙公司");
        post(s.rep1(), "/api/v1/customers/" + other + "/contacts", Map.of("name", "王五", "mobile", "13912345678"))
                .expect(201);

        for (String typed : List.of("13800138000", "+86 138 0013 8000", "+86-138-0013-8000", "138-0013-8000",
                "(+86) 13800138000")) {
            JsonNode found = lookup(s.rep1(), "phone", typed);
            assertThat(matchIds(found)).as(typed).containsExactly(customer);
        }
        JsonNode byContact = lookup(s.rep1(), "phone", "139 1234 5678");
        assertThat(matchIds(byContact)).containsExactly(other);
        assertThat(byContact.get(0).get("matchedContacts").get(0).asString()).isEqualTo("王五");
        assertThat(byContact.get(0).path("history").path("entries").size()).isGreaterThan(0);
        assertThat(lookup(s.rep1(), "phone", "1380013").size()).as("a prefix is not a number").isZero();
    }

    @Test
    void idAndMembershipNumbersAreFound() throws Exception {
        Sales s = sales();
        Map<String, Object> body = customerBody("张三");
        body.put("customerType", "PERSON");
        body.put("idNumber", "11010519491231002X");
        body.put("membershipNo", "VIP-0001");
        long customer = customer(s.rep1(), body);
        customer(s.rep1(), "乙公司");

        assertThat(matchIds(lookup(s.rep1(), "idNumber", "11010519491231002x"))).containsExactly(customer);
        assertThat(matchIds(lookup(s.rep1(), "membershipNo", " VIP-0001 "))).containsExactly(customer);
        assertThat(lookup(s.rep1(), "membershipNo", "VIP-000").size()).isZero();
    }

    @Test
    void outsideTheScopeNothingIsFoundAndNoNameLeaks() throws Exception {
        Sales s = sales();
        Map<String, Object> body = customerBody("机密客户");
        body.put("phone", "13800138000");
        body.put("membershipNo", "M-77");
        long customer = customer(s.rep1(), body);

        for (KezhiPrincipal stranger : List.of(s.rep3(), s.outsider(), fixtures.company().admin())) {
            Response byPhone = get(stranger, "/api/v1/customers/lookup?phone=13800138000").expect(200);
            assertThat(byPhone.body().size()).as(stranger.username()).isZero();
            assertThat(byPhone.body().toString()).doesNotContain("机密客户");
            assertThat(get(stranger, "/api/v1/customers/lookup?membershipNo=M-77").expect(200).body().size()).isZero();
        }
        assertThat(matchIds(lookup(s.lead1(), "phone", "13800138000"))).containsExactly(customer);
        assertThat(matchIds(lookup(s.auditor(), "membershipNo", "M-77"))).containsExactly(customer);

        delete(s.rep1(), "/api/v1/customers/" + customer, customerVersion(s.rep1(), customer)).expect(204);
        assertThat(lookup(s.rep1(), "phone", "13800138000").size()).as("deleted").isZero();
    }

    @Test
    void exactlyOneKeyOfAUsableLengthIsRequired() throws Exception {
        Sales s = sales();
        assertThat(get(s.rep1(), "/api/v1/customers/lookup").errorFields()).containsExactly("phone");
        assertThat(get(s.rep1(), "/api/v1/customers/lookup?phone=13800138000&idNumber=1").errorFields())
                .containsExactly("phone");
        Response tooShort = get(s.rep1(), "/api/v1/customers/lookup?phone=1234");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.errorFields()).containsExactly("phone");
    }

    private JsonNode lookup(KezhiPrincipal as, String key, String value) throws Exception {
        return call(as, MockMvcRequestBuilders.get("/api/v1/customers/lookup").param(key, value)).expect(200).body();
    }

    private static List<Long> matchIds(JsonNode matches) {
        List<Long> ids = new ArrayList<>();
        matches.forEach(m -> ids.add(m.get("customer").get("id").asLong()));
        return ids;
    }
}
