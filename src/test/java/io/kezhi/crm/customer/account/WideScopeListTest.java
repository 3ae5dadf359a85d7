package io.kezhi.crm.customer.account;

import static io.kezhi.crm.testsupport.TestCompany.all;
import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.identity.DataScope;
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
        bulkCustomers.tag(s.company(), "重点", "name LIKE '树内客户%' OR name LIKE '办事处客户%'"
                + " OR name IN ('树内新客户0', '树内新客户1', '树内新客户2', '树内新客户3', '树内新客户4', '树内新客户5',"
                + " '树内新客户6', '树内新客户7', '树内新客户8', '树内新客户9', '树内新客户10', '树内新客户11',"
                + " '树内新客户12', '树内新客户13')");

        // the first 2,100 rows read hold 14 matches: 3,937 more are read, and the page is among them
        StatementCounter.Counted<JsonNode> counted = counter.count(() -> get(s.director(),
                "/api/v1/customers?size=20&total=true&tag=重点&sort=createdAt,desc").expect(200).body());
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
            assertThat(statements).as("probes").filteredOn(sql -> sql.contains("case when")).hasSize(2)
                    .allMatch(sql -> sql.contains("tag_digests") && !sql.contains("customer_tag"));
            assertThat(statements).as("matches found first").noneMatch(sql -> sql.contains("order by coalesce("));
        }
    }

    /**
     * A department tree's list in order of last change reads each department's newest matches through its
     * own index and merges them ({@code CustomerQueries#readsTreeInOrder}, on PostgreSQL); on every
     * database the page holds the tree's newest matches and those shared with the director, never another
     * department's, and the total counts them all.
     */
    @Test
    void aTreesListInOrderOfLastChangeMergesItsDepartmentsNewestMatches() throws Exception {
        Sales s = sales();
        bulkCustomers.insert(s.company(), s.rep1().userId(), 25, n -> "一部客户" + n, n -> null);
        bulkCustomers.insert(s.company(), s.rep3().userId(), 25, n -> "二部客户" + n, n -> null);
        bulkCustomers.insert(s.company(), s.outsider().userId(), 30, n -> "办事处客户" + n, n -> null);
        long shared = taggedCustomer(s.outsider(), "办事处共享客户", List.of("重点"));
        shareCustomer(s.outsider(), shared, "USER", s.director().userId(), "READ");
        bulkCustomers.insert(s.company(), s.rep1().userId(), 10, n -> "一部新客户" + n, n -> null);
        // the tag on the names ending in an even digit, in every department
        bulkCustomers.tag(s.company(), "重点", "RIGHT(name, 1) IN ('0', '2', '4', '6', '8')");

        StatementCounter.Counted<JsonNode> counted = counter.count(() -> get(s.director(),
                "/api/v1/customers?size=20&total=true&tag=重点&sort=updatedAt,desc").expect(200).body());
        // newest first: inserted at one instant, equal times follow the id
        List<String> expected = new ArrayList<>(List.of("一部新客户8", "一部新客户6", "一部新客户4", "一部新客户2",
                "一部新客户0", "办事处共享客户"));
        for (int n = 24; n >= 0; n -= 2) {
            expected.add("二部客户" + n);
        }
        expected.add("一部客户24");
        assertThat(names(counted.value())).containsExactlyElementsOf(expected);
        assertThat(counted.value().get("total").asLong()).isEqualTo(5 + 1 + 13 + 13);
        if (TestDatabase.kind() != TestDatabase.Kind.MARIADB) {
            List<String> statements = counted.statements().stream().map(String::toLowerCase).toList();
            assertThat(statements).as("each department read in order of last change")
                    .filteredOn(sql -> sql.matches("select \\w+\\.id from customer .*owner_dept_id=\\? .*order by "
                            + "\\w+\\.updated_at desc.*"))
                    .hasSize(3);
            assertThat(statements).as("no probe of the company's rows").noneMatch(sql -> sql.contains("case when"));
        }
        assertPage(s.director(), "tag=重点&sort=updatedAt,desc&page=2", List.of("一部客户22", "一部客户20", "一部客户18",
                "一部客户16", "一部客户14", "一部客户12", "一部客户10", "一部客户8", "一部客户6", "一部客户4", "一部客户2",
                "一部客户0"), 32, false);
    }

    /**
     * The whole company's filtered list looks for a total's worth of matches among the first rows the
     * database reads ({@link EntityLister#listCountingFirst}): finding them there, it counts nothing more.
     */
    @Test
    void theCompanysCommonMatchesAreCountedAmongTheFirstRowsRead() throws Exception {
        Sales s = sales();
        bulkCustomers.insert(s.company(), s.outsider().userId(), EntityLister.TOTAL_CAP + 50, n -> "办事处客户" + n,
                n -> null);
        bulkCustomers.tag(s.company(), "重点", "name LIKE '办事处客户%'");

        StatementCounter.Counted<JsonNode> counted = counter.count(() -> get(s.auditor(),
                "/api/v1/customers?size=20&total=true&customerType=COMPANY&tag=重点&sort=createdAt,desc")
                .expect(200).body());
        // inserted at one instant: equal times follow the id, newest first
        List<String> expected = new ArrayList<>();
        for (int n = EntityLister.TOTAL_CAP + 49; n >= EntityLister.TOTAL_CAP + 30; n--) {
            expected.add("办事处客户" + n);
        }
        assertThat(names(counted.value())).containsExactlyElementsOf(expected);
        assertThat(counted.value().get("total").asLong()).isEqualTo(EntityLister.TOTAL_CAP);
        assertThat(counted.value().get("totalCapped").asBoolean()).isTrue();
        List<String> statements = counted.statements().stream().map(String::toLowerCase).toList();
        assertThat(statements).as("the first rows read").filteredOn(sql -> sql.contains(" from (select case when"))
                .hasSize(1);
        assertThat(statements).as("no count of the matches anywhere else")
                .noneMatch(sql -> sql.startsWith("select c1_0.id from customer") && !sql.contains(" order by "));
    }

    /**
     * A department's filtered list in order of last change reads the department's own index in that
     * order on PostgreSQL ({@code CustomerQueries#readsDepartmentInOrder}) instead of finding every match
     * first; on every database it holds the department's newest matches and their total.
     */
    @Test
    void aDepartmentsFilteredListInOrderOfLastChangeHoldsItsNewestMatches() throws Exception {
        Sales s = sales();
        long role = s.company().role("部门经理", all(CustomerRecordTypes.CUSTOMER, DataScope.DEPARTMENT));
        KezhiPrincipal manager = s.company().user("mgr", s.team1(), null, role);
        bulkCustomers.insert(s.company(), s.rep1().userId(), 25, n -> "一部旧客户" + n, n -> null);
        bulkCustomers.insert(s.company(), s.rep3().userId(), 25, n -> "二部客户" + n, n -> null);
        bulkCustomers.insert(s.company(), s.rep1().userId(), 25, n -> "一部新客户" + n, n -> null);
        // the tag on the names ending in an even digit, in both departments
        bulkCustomers.tag(s.company(), "重点", "RIGHT(name, 1) IN ('0', '2', '4', '6', '8')");

        StatementCounter.Counted<JsonNode> counted = counter.count(() -> get(manager,
                "/api/v1/customers?size=20&total=true&tag=重点&sort=updatedAt,desc").expect(200).body());
        // inserted at one instant: equal times follow the id, newest first
        List<String> expected = new ArrayList<>();
        for (int n = 24; n >= 0; n -= 2) {
            expected.add("一部新客户" + n);
        }
        for (int n = 24; n >= 12; n -= 2) {
            expected.add("一部旧客户" + n);
        }
        assertThat(names(counted.value())).containsExactlyElementsOf(expected);
        assertThat(counted.value().get("total").asLong()).isEqualTo(26);
        assertThat(counted.value().get("totalCapped").asBoolean()).isFalse();
        if (TestDatabase.kind() != TestDatabase.Kind.MARIADB) {
            List<String> department = counted.statements().stream().map(String::toLowerCase)
                    .filter(sql -> sql.matches("select \\w+\\.id from customer .*owner_dept_id\\s*=.* order by .*"))
                    .toList();
            assertThat(department).as("the department's page").hasSize(1);
            assertThat(department.get(0)).as("read in list order").doesNotContain("order by coalesce(")
                    .contains("updated_at desc");
            assertThat(counted.statements().stream().map(String::toLowerCase)
                    .filter(sql -> sql.startsWith("select c1_0.id from customer ") && sql.contains("owner_dept_id")))
                    .as("the tag tested on the department's entries (their copy of the tags), not joined")
                    .isNotEmpty().allMatch(sql -> sql.contains("tag_digests") && !sql.contains("customer_tag"));
        }
        assertPage(manager, "tag=重点&sort=createdAt,desc&page=2", List.of("一部旧客户10", "一部旧客户8", "一部旧客户6",
                "一部旧客户4", "一部旧客户2", "一部旧客户0"),
                26, false);
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
