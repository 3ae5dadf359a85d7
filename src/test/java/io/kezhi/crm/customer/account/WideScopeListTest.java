package io.kezhi.crm.customer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.shared.jpa.EntityLister;
import io.kezhi.crm.testsupport.BulkCustomers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A department tree's list first reads the company's newest rows in list order and tests scope and
 * filter on each ({@link EntityLister#probe}); when too few of them match, it lists as any other scope
 * does. Either way the page holds exactly the rows of the scope; the whole company's lists alongside.
 */
class WideScopeListTest extends CustomerApiTest {

    @Autowired
    private BulkCustomers bulkCustomers;

    @Test
    void aWideScopeListsItsOwnRowsWhetherTheCompanysNewestAreItsOrNot() throws Exception {
        Sales s = sales();
        customer(s.rep1(), "代表的老客户");
        Map<String, Object> person = customerBody("个人老客户");
        person.put("customerType", "PERSON");
        customer(s.outsider(), person);
        // the company's newest customers are all outside the director's tree: too few matches among them
        bulkCustomers.insert(s.company(), s.outsider().userId(), EntityLister.PROBED_ROWS + 1, n -> "办事处客户" + n,
                n -> null);

        assertPage(s.director(), "sort=updatedAt,desc", List.of("代表的老客户"), 1, false);
        assertPage(s.director(), "customerType=COMPANY&sort=createdAt,desc", List.of("代表的老客户"), 1, false);
        // the whole company's filtered list counts its matches first: few are sorted from their ids,
        // none read nothing (EntityLister.listCountingFirst)
        assertPage(s.auditor(), "customerType=PERSON&sort=updatedAt,desc", List.of("个人老客户"), 1, false);
        assertPage(s.auditor(), "customerType=PERSON&sort=name,asc&page=2", List.of(), 1, false);
        assertPage(s.auditor(), "customerType=PERSON&valueClass=KEY&sort=createdAt,desc", List.of(), 0, false);

        // now the tree's newest rows follow a few of the office's: enough of the rows read match
        bulkCustomers.insert(s.company(), s.rep1().userId(), 30, n -> "代表新客户" + n, n -> null);
        bulkCustomers.insert(s.company(), s.outsider().userId(), 30, n -> "办事处新客户" + n, n -> null);
        // inserted at one instant: equal times follow the id, in the list's direction (newest first)
        List<String> newest = new ArrayList<>();
        for (int n = 29; n >= 10; n--) {
            newest.add("代表新客户" + n);
        }
        assertPage(s.director(), "sort=updatedAt,desc", newest, 31, false);
        assertPage(s.director(), "customerType=COMPANY&sort=updatedAt,desc", newest, 31, false);
        assertThat(names(get(s.director(), "/api/v1/customers?sort=updatedAt,desc&size=20&page=2").expect(200).body()))
                .containsExactly("代表新客户9", "代表新客户8", "代表新客户7", "代表新客户6", "代表新客户5",
                        "代表新客户4", "代表新客户3", "代表新客户2", "代表新客户1", "代表新客户0", "代表的老客户");
        JsonNode company = get(s.auditor(), "/api/v1/customers?customerType=COMPANY&sort=updatedAt,desc&size=20&total=true")
                .expect(200).body();
        assertThat(names(company).get(0)).isEqualTo("办事处新客户29");
        assertThat(company.get("totalCapped").asBoolean()).isTrue();
    }

    private void assertPage(KezhiPrincipal as, String parameters, List<String> names, long total, boolean capped)
            throws Exception {
        JsonNode page = get(as, "/api/v1/customers?size=20&total=true&" + parameters).expect(200).body();
        assertThat(names(page)).as(as.username() + " " + parameters).containsExactlyElementsOf(names);
        assertThat(page.get("total").asLong()).as(as.username() + " " + parameters + " total").isEqualTo(total);
        assertThat(page.get("totalCapped").asBoolean()).isEqualTo(capped);
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }
}
