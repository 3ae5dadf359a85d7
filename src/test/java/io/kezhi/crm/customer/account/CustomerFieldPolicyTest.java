package io.kezhi.crm.customer.account;

import static io.kezhi.crm.testsupport.TestCompany.all;
import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.FieldAccess;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.TestCompany;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Hidden customer fields are absent from list, detail, history and search; read-only ones refuse writes. */
class CustomerFieldPolicyTest extends CustomerApiTest {

    private record Restricted(Sales sales, KezhiPrincipal user, long customer) {
    }

    private Restricted restricted() throws Exception {
        Sales s = sales();
        long role = s.company().role("受限销售", all(CustomerRecordTypes.CUSTOMER, DataScope.DEPARTMENT), List.of(
                new TestCompany.FieldRule(CustomerRecordTypes.CUSTOMER, "phone", FieldAccess.HIDDEN),
                new TestCompany.FieldRule(CustomerRecordTypes.CUSTOMER, "idNumber", FieldAccess.HIDDEN),
                new TestCompany.FieldRule(CustomerRecordTypes.CUSTOMER, "valueClass", FieldAccess.HIDDEN),
                new TestCompany.FieldRule(CustomerRecordTypes.CUSTOMER, "points", FieldAccess.READ_ONLY)));
        KezhiPrincipal user = s.company().user("restricted", s.team1(), null, role);
        Map<String, Object> body = customerBody("保密客户");
        body.put("phone", "13800138000");
        body.put("idNumber", "11010519491231002X");
        body.put("points", 120);
        body.put("valueClass", "KEY");
        long id = customer(s.rep1(), body);
        return new Restricted(s, user, id);
    }

    @Test
    void hiddenFieldsAreAbsentFromDetailListAndHistory() throws Exception {
        Restricted r = restricted();
        JsonNode detail = customerOf(r.user(), r.customer()).body().path("customer");
        assertThat(detail.has("phone")).isFalse();
        assertThat(detail.has("idNumber")).isFalse();
        assertThat(detail.has("valueClass")).isFalse();
        assertThat(detail.get("points").asLong()).isEqualTo(120);
        assertThat(detail.get("name").asString()).isEqualTo("保密客户");
        JsonNode listed = get(r.user(), "/api/v1/customers").expect(200).body().path("items").get(0);
        assertThat(listed.has("phone")).isFalse();
        assertThat(listed.has("idNumber")).isFalse();
        assertThat(customerOf(r.sales().rep1(), r.customer()).body().path("customer").get("phone").asString())
                .isEqualTo("+8613800138000");

        patch(r.sales().rep1(), "/api/v1/customers/" + r.customer(), Map.of("phone", "13900139000", "name", "保密客户二"),
                customerVersion(r.sales().rep1(), r.customer())).expect(200);
        JsonNode history = get(r.user(), "/api/v1/history/customer/" + r.customer()).expect(200).body().path("items");
        assertThat(history.size()).isEqualTo(2);
        history.forEach(entry -> entry.get("changes").forEach(change ->
                assertThat(change.get("field").asString()).isNotIn("phone", "idNumber")));
        assertThat(get(r.sales().rep1(), "/api/v1/history/customer/" + r.customer()).body().path("items").get(0)
                .get("changes").toString()).contains("phone");
    }

    @Test
    void aHiddenPhoneCannotBeProbedThroughSearch() throws Exception {
        Restricted r = restricted();
        assertThat(listedIds(r.sales().rep1(), "q=1380013")).containsExactly(r.customer());
        assertThat(listedIds(r.user(), "q=保密")).containsExactly(r.customer());
        assertThat(listedIds(r.user(), "q=1380013")).isEmpty();
        assertThat(listedIds(r.user(), "q=13800138000")).isEmpty();
        post(r.sales().rep1(), "/api/v1/customers/" + r.customer() + "/contacts",
                Map.of("name", "王五", "mobile", "13912345678")).expect(201);
        assertThat(listedIds(r.user(), "q=1391234")).as("contacts' numbers are not hidden from this role")
                .containsExactly(r.customer());
    }

    @Test
    void aHiddenPhoneOrIdNumberFindsNothingThroughLookup() throws Exception {
        Restricted r = restricted();
        post(r.sales().rep1(), "/api/v1/customers/" + r.customer() + "/contacts",
                Map.of("name", "王五", "mobile", "13912345678")).expect(201);
        String lookup = "/api/v1/customers/lookup?";
        assertThat(get(r.sales().rep1(), lookup + "phone=13800138000").expect(200).body().size()).isEqualTo(1);
        assertThat(get(r.sales().rep1(), lookup + "idNumber=11010519491231002X").expect(200).body().size())
                .isEqualTo(1);
        assertThat(get(r.user(), lookup + "phone=13800138000").expect(200).body().size()).isZero();
        assertThat(get(r.user(), lookup + "idNumber=11010519491231002X").expect(200).body().size()).isZero();
        JsonNode byContact = get(r.user(), lookup + "phone=13912345678").expect(200).body();
        assertThat(byContact.size()).isEqualTo(1);
        assertThat(byContact.get(0).path("customer").has("phone")).isFalse();
    }

    @Test
    void filteringOrCountingByAHiddenFieldIsRefused() throws Exception {
        Restricted r = restricted();
        Response filtered = get(r.user(), "/api/v1/customers?valueClass=KEY");
        assertThat(filtered.status()).isEqualTo(403);
        assertThat(filtered.errorFields()).containsExactly("valueClass");
        Response counted = get(r.user(), "/api/v1/customers/stats?by=valueClass");
        assertThat(counted.status()).isEqualTo(403);
        assertThat(counted.errorFields()).containsExactly("by");
        assertThat(get(r.user(), "/api/v1/customers/stats?by=source").expect(200).body().get("total").asLong())
                .isEqualTo(1);
        assertThat(get(r.user(), "/api/v1/customers?pointsMin=100").expect(200).body().path("items").size())
                .as("points are read-only, not hidden").isEqualTo(1);
        assertThat(listedIds(r.sales().rep1(), "valueClass=KEY")).containsExactly(r.customer());
        assertThat(get(r.sales().rep1(), "/api/v1/customers/stats?by=valueClass").status()).isEqualTo(200);
    }

    @Test
    void writesToHiddenOrReadOnlyFieldsAreRefusedAndChangeNothing() throws Exception {
        Restricted r = restricted();
        String url = "/api/v1/customers/" + r.customer();
        long version = customerVersion(r.user(), r.customer());

        Response hidden = patch(r.user(), url, Map.of("phone", "13700137000"), version);
        assertThat(hidden.status()).isEqualTo(403);
        assertThat(hidden.errorFields()).containsExactly("phone");
        Response readOnly = patch(r.user(), url, Map.of("points", 999), version);
        assertThat(readOnly.status()).isEqualTo(403);
        assertThat(readOnly.errorFields()).containsExactly("points");
        Map<String, Object> create = customerBody("受限新建");
        create.put("points", 5);
        Response created = post(r.user(), "/api/v1/customers", create);
        assertThat(created.status()).isEqualTo(403);
        assertThat(created.errorFields()).containsExactly("points");
        assertThat(listedIds(r.sales().rep1(), "q=受限新建")).isEmpty();

        JsonNode stored = customerOf(r.sales().rep1(), r.customer()).body().path("customer");
        assertThat(stored.get("phone").asString()).isEqualTo("+8613800138000");
        assertThat(stored.get("points").asLong()).isEqualTo(120);
        assertThat(stored.get("version").asLong()).isEqualTo(version);

        patch(r.user(), url, Map.of("points", 120, "name", "同值可回传"), version).expect(200);
        assertThat(customerOf(r.sales().rep1(), r.customer()).body().path("customer").get("phone").asString())
                .as("a patch without the hidden field keeps it").isEqualTo("+8613800138000");
    }
}
