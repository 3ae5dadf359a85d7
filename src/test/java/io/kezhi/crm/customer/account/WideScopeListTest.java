package io.kezhi.crm.customer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.shared.jpa.EntityLister;
import io.kezhi.crm.testsupport.BulkCustomers;
import io.kezhi.crm.testsupport.StatementCounter;
import io.kezhi.crm.testsupport.TestDatabase;
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

    @Autowired
    private StatementCounter counter;

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

    @Test
    void aProbeThatFindsSomeButTooFewMatchesReadsOnAsFarAsTheyTell() throws Exception {
        Sales s = sales();
        // oldest to newest: 2,000 of the office's, 30 of the tree's, 2,086 of the office's, 20 of the tree's
        bulkCustomers.insert(s.company(), s.outsider().userId(), 2_000, n -> "办事处旧客户" + n, n -> null);
        bulkCustomers.insert(s.company(), s.rep1().userId(), 30, n -> "树内客户" + n, n -> null);
        bulkCustomers.insert(s.company(), s.outsider().userId(), EntityLister.PROBED_ROWS + 86, n -> "办事处客户" + n,
                n -> null);
        bulkCustomers.insert(s.company(), s.rep1().userId(), 20, n -> "树内新客户" + n, n -> null);
        // the tag on every customer of the office's newer rows and of the tree but six of its newest
        fixtures.jdbc().sql("INSERT INTO customer_tag (customer_id, tag) SELECT id, '重点' FROM customer"
                + " WHERE tenant_id = :t AND (name LIKE '树内客户%' OR name LIKE '办事处客户%'"
                + " OR name IN ('树内新客户0', '树内新客户1', '树内新客户2', '树内新客户3', '树内新客户4', '树内新客户5',"
                + " '树内新客户6', '树内新客户7', '树内新客户8', '树内新客户9', '树内新客户10', '树内新客户11',"
                + " '树内新客户12', '树内新客户13'))").param("t", s.company().id()).update();

        // the first 2,100 rows read hold 14 matches: 3,937 more are read, and the page is among them
        StatementCounter.Counted<JsonNode> counted = counter.count(() -> get(s.director(),
                "/api/v1/customers?size=20&total=true&tag=重点&sort=updatedAt,desc").expect(200).body());
        List<String> expected = new ArrayList<>();
        for (int n = 13; n >= 0; n--) {
            expected.add("树内新客户" + n);
        }
        for (int n = 29; n >= 24; n--) {
            expected.add("树内客户" + n);
        }
        assertThat(names(counted.value())).containsExactlyElementsOf(expected);
        assertThat(counted.value().get("total").asLong()).isEqualTo(44);
        if (TestDatabase.kind() != TestDatabase.Kind.MARIADB) {
            List<String> statements = counted.statements().stream().map(String::toLowerCase).toList();
            assertThat(statements).as("probes").filteredOn(sql -> sql.contains("case when")).hasSize(2);
            assertThat(statements).as("matches found first").noneMatch(sql -> sql.contains("order by coalesce("));
        }
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
