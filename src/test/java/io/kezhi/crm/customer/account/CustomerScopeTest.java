package io.kezhi.crm.customer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The data scope decides which customers a user lists, reads and changes. */
class CustomerScopeTest extends CustomerApiTest {

    @Test
    void eachScopeListsExactlyItsCustomers() throws Exception {
        Sales s = sales();
        long a = customer(s.rep1(), "甲公司");
        long b = customer(s.rep2(), "乙公司");
        long c = customer(s.rep3(), "丙公司");
        long d = customer(s.outsider(), "丁公司");

        assertThat(listedIds(s, s.rep1())).containsExactly(a);
        assertThat(listedIds(s, s.lead1())).as("a direct superior sees the subordinates' customers")
                .containsExactlyInAnyOrder(a, b);
        assertThat(listedIds(s, s.director())).containsExactlyInAnyOrder(a, b, c);
        assertThat(listedIds(s, s.auditor())).containsExactlyInAnyOrder(a, b, c, d);
    }

    @Test
    void aCustomerOutsideTheScopeIsNotFoundForReadAndWrite() throws Exception {
        Sales s = sales();
        long theirs = customer(s.rep3(), "丙公司");
        long version = customerVersion(s.rep3(), theirs);

        get(s.rep1(), "/api/v1/customers/" + theirs).expect(404);
        patch(s.rep1(), "/api/v1/customers/" + theirs, Map.of("name", "改名"), version).expect(404);
        delete(s.rep1(), "/api/v1/customers/" + theirs, version).expect(404);
        patch(s.auditor(), "/api/v1/customers/" + theirs, Map.of("name", "改名"), version).expect(403);

        assertThat(customerOf(s.rep3(), theirs).body().path("customer").get("name").asString()).isEqualTo("丙公司");
    }

    @Test
    void contactsAndFollowUpsFollowTheirCustomer() throws Exception {
        Sales s = sales();
        long theirs = customer(s.rep3(), "丙公司");
        contact(s.rep3(), theirs, "张三");
        followUp(s.rep3(), theirs, "电话沟通", java.time.Instant.parse("2026-11-01T02:00:00Z"));

        get(s.rep1(), "/api/v1/customers/" + theirs + "/contacts").expect(404);
        get(s.rep1(), "/api/v1/customers/" + theirs + "/follow-ups").expect(404);
        assertThat(get(s.director(), "/api/v1/customers/" + theirs + "/contacts").expect(200).body()
                .path("items").size()).isEqualTo(1);
    }

    private List<Long> listedIds(Sales s, io.kezhi.crm.identity.login.KezhiPrincipal user) throws Exception {
        List<Long> ids = new ArrayList<>();
        get(user, "/api/v1/customers?size=100").expect(200).body().path("items").forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }
}
