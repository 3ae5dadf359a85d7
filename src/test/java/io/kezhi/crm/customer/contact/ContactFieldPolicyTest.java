package io.kezhi.crm.customer.contact;

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

/** Contact fields under field policy: hidden ones absent from every contact channel, read-only ones refused. */
class ContactFieldPolicyTest extends CustomerApiTest {

    @Test
    void hiddenContactFieldsAreAbsentAndReadOnlyOnesRefuseChanges() throws Exception {
        Sales s = sales();
        long role = s.company().role("助理", all(CustomerRecordTypes.CUSTOMER, DataScope.DEPARTMENT), List.of(
                new TestCompany.FieldRule(CustomerRecordTypes.CONTACT, "mobile", FieldAccess.HIDDEN),
                new TestCompany.FieldRule(CustomerRecordTypes.CONTACT, "email", FieldAccess.READ_ONLY)));
        KezhiPrincipal assistant = s.company().user("assistant", s.team1(), null, role);
        long customer = customer(s.rep1(), "甲公司");
        long id = post(s.rep1(), "/api/v1/customers/" + customer + "/contacts",
                Map.of("name", "张三", "mobile", "13912345678", "email", "zs@jia.cn")).expect(201).id();

        JsonNode detail = get(assistant, "/api/v1/contacts/" + id).expect(200).body();
        assertThat(detail.has("mobile")).isFalse();
        assertThat(detail.get("email").asString()).isEqualTo("zs@jia.cn");
        assertThat(get(assistant, "/api/v1/contacts").expect(200).body().path("items").get(0).has("mobile")).isFalse();
        assertThat(get(assistant, "/api/v1/customers/" + customer + "/contacts").body().path("items").get(0)
                .has("mobile")).isFalse();
        assertThat(get(assistant, "/api/v1/customers/" + customer + "/overview").expect(200).body().path("contacts")
                .get(0).has("mobile")).isFalse();

        assertThat(ids(get(s.rep1(), "/api/v1/contacts?q=1391234").expect(200).body().path("items")))
                .containsExactly(id);
        assertThat(get(assistant, "/api/v1/contacts?q=1391234").expect(200).body().path("items").size())
                .as("a hidden mobile cannot be probed through search").isZero();
        assertThat(ids(get(assistant, "/api/v1/contacts?q=zs@jia").expect(200).body().path("items")))
                .containsExactly(id);

        long version = detail.get("version").asLong();
        Response hidden = patch(assistant, "/api/v1/contacts/" + id, Map.of("mobile", "13700137000"), version);
        assertThat(hidden.status()).isEqualTo(403);
        assertThat(hidden.errorFields()).containsExactly("mobile");
        Response readOnly = patch(assistant, "/api/v1/contacts/" + id, Map.of("email", "new@jia.cn"), version);
        assertThat(readOnly.status()).isEqualTo(403);
        assertThat(readOnly.errorFields()).containsExactly("email");
        Response create = post(assistant, "/api/v1/customers/" + customer + "/contacts",
                Map.of("name", "李四", "email", "ls@jia.cn"));
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.errorFields()).containsExactly("email");

        JsonNode stored = get(s.rep1(), "/api/v1/contacts/" + id).body();
        assertThat(stored.get("mobile").asString()).isEqualTo("+8613912345678");
        assertThat(stored.get("email").asString()).isEqualTo("zs@jia.cn");
        assertThat(stored.get("version").asLong()).isEqualTo(version);
        patch(assistant, "/api/v1/contacts/" + id, Map.of("title", "经理"), version).expect(200);
        assertThat(get(s.rep1(), "/api/v1/contacts/" + id).body().get("mobile").asString())
                .as("a patch without the hidden field keeps it").isEqualTo("+8613912345678");
        assertThat(get(s.rep1(), "/api/v1/customers/" + customer + "/contacts").body().path("items").size())
                .isEqualTo(1);
    }
}
