package io.kezhi.crm.customer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** Duplicates by name, phone (the customer's or a contact's) and e-mail, in warn and in block mode. */
class CustomerDuplicateTest extends CustomerApiTest {

    @Test
    void warnModeReportsEachKindOfMatchAndCreatesOnConfirmation() throws Exception {
        Sales s = sales();
        Map<String, Object> existing = customerBody("天意华科技");
        existing.put("phone", "13800138000");
        existing.put("email", "info@tyh.cn");
        long original = customer(s.rep1(), existing);
        post(s.rep1(), "/api/v1/customers/" + original + "/contacts", Map.of("name", "王五", "mobile", "13912345678"))
                .expect(201);

        assertThat(matches(post(s.rep1(), "/api/v1/customers", customerBody("天意华科技")), original))
                .containsExactly("name");
        assertThat(matches(post(s.rep1(), "/api/v1/customers", with("新名字一", "phone", "+86 138-0013-8000")),
                original)).containsExactly("phone");
        assertThat(matches(post(s.rep1(), "/api/v1/customers", with("新名字二", "phone", "139 1234 5678")),
                original)).as("a contact's mobile").containsExactly("phone");
        assertThat(matches(post(s.rep1(), "/api/v1/customers", with("新名字三", "email", "INFO@tyh.cn")), original))
                .containsExactly("email");
        assertThat(listedIds(s.rep1())).containsExactly(original);

        Map<String, Object> confirmed = customerBody("天意华科技");
        confirmed.put("ignoreDuplicates", true);
        long second = post(s.rep1(), "/api/v1/customers", confirmed).expect(201).id();
        assertThat(listedIds(s.rep1())).containsExactlyInAnyOrder(original, second);
    }

    @Test
    void namesMatchInAnyCase() throws Exception {
        Sales s = sales();
        long original = customer(s.rep1(), "Maple Leaf Trading");

        assertThat(matches(post(s.rep1(), "/api/v1/customers", customerBody("MAPLE leaf trading")), original))
                .containsExactly("name");
        assertThat(post(s.rep1(), "/api/v1/customers", customerBody("Maple Leaf")).status()).isEqualTo(201);
    }

    @Test
    void editingIntoADuplicateWarnsUnlessConfirmed() throws Exception {
        Sales s = sales();
        Map<String, Object> existing = customerBody("甲公司");
        existing.put("phone", "13800138000");
        long original = customer(s.rep1(), existing);
        long other = customer(s.rep1(), "乙公司");
        long version = customerVersion(s.rep1(), other);

        Response warned = patch(s.rep1(), "/api/v1/customers/" + other, Map.of("phone", "13800138000"), version);
        assertThat(matches(warned, original)).containsExactly("phone");
        assertThat(customerVersion(s.rep1(), other)).isEqualTo(version);
        assertThat(patch(s.rep1(), "/api/v1/customers/" + other, Map.of("remark", "不改身份"), version).status())
                .as("changes to other fields are not checked").isEqualTo(200);
        patch(s.rep1(), "/api/v1/customers/" + other, Map.of("phone", "13800138000", "ignoreDuplicates", true),
                version + 1).expect(200);
        assertThat(customerOf(s.rep1(), other).body().path("customer").get("phone").asString())
                .isEqualTo("+8613800138000");
    }

    @Test
    void blockModeRefusesDuplicatesEvenWhenConfirmed() throws Exception {
        Sales s = sales();
        put(s.admin(), "/api/v1/customer-settings", Map.of("duplicateMode", "BLOCK"), 0).expect(200);
        assertThat(get(s.rep1(), "/api/v1/customer-settings").body().get("duplicateMode").asString())
                .isEqualTo("BLOCK");
        Map<String, Object> existing = customerBody("甲公司");
        existing.put("email", "a@jia.cn");
        long original = customer(s.rep1(), existing);
        long other = customer(s.rep1(), "乙公司");

        Map<String, Object> again = customerBody("甲公司");
        again.put("ignoreDuplicates", true);
        Response blocked = send(s.rep1(), "en-US", MockMvcRequestBuilders.post("/api/v1/customers"), again);
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.body().get("code").asString()).isEqualTo("conflict");
        assertThat(blocked.body().get("duplicates").get(0).get("id").asLong()).isEqualTo(original);
        Response edit = patch(s.rep1(), "/api/v1/customers/" + other,
                Map.of("email", "A@jia.cn", "ignoreDuplicates", true), customerVersion(s.rep1(), other));
        assertThat(edit.status()).isEqualTo(409);
        JsonNode email = customerOf(s.rep1(), other).body().path("customer").path("email");
        assertThat(email.isNull() || email.isMissingNode()).as("unchanged: " + email).isTrue();
        assertThat(listedIds(s.rep1())).containsExactlyInAnyOrder(original, other);
    }

    @Test
    void aDuplicateOutsideTheScopeIsReportedWithoutItsIdAndDeletedOnesDoNotCount() throws Exception {
        Sales s = sales();
        long theirs = customer(s.outsider(), "丁公司");
        Response warned = post(s.rep1(), "/api/v1/customers", customerBody("丁公司"));
        assertThat(warned.status()).isEqualTo(409);
        JsonNode found = warned.body().get("duplicates").get(0);
        assertThat(found.get("id").isNull()).isTrue();
        assertThat(found.get("ownerName").asString()).isEqualTo("用户outsider");

        delete(s.outsider(), "/api/v1/customers/" + theirs, customerVersion(s.outsider(), theirs)).expect(204);
        post(s.rep1(), "/api/v1/customers", customerBody("丁公司")).expect(201);
        assertThat(put(s.rep1(), "/api/v1/customer-settings", Map.of("duplicateMode", "BLOCK"), 0).status())
                .isEqualTo(403);
        assertThat(get(s.rep1(), "/api/v1/customer-settings").body().get("duplicateMode").asString())
                .isEqualTo("WARN");
    }

    private static Map<String, Object> with(String name, String field, String value) {
        Map<String, Object> body = customerBody(name);
        body.put(field, value);
        return body;
    }

    /** Expects a duplicate warning naming the customer; what it matched on. */
    private static List<String> matches(Response response, long customerId) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(409);
        assertThat(response.body().get("code").asString()).isEqualTo("duplicate-warning");
        JsonNode duplicates = response.body().get("duplicates");
        assertThat(duplicates.size()).isEqualTo(1);
        assertThat(duplicates.get(0).get("id").asLong()).isEqualTo(customerId);
        List<String> on = new ArrayList<>();
        duplicates.get(0).get("matchedOn").forEach(n -> on.add(n.asString()));
        return on;
    }
}
