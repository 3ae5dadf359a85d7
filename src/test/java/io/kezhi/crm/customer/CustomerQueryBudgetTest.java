package io.kezhi.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.shared.db.SqlVendor;
import io.kezhi.crm.testsupport.StatementCounter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Query budgets of the customer module's main endpoints: how many SQL statements one request may
 * execute (for a user with shares, a list reads its own and its shared records in one query each and
 * the page in a third: see ListBranch). A change that adds queries (an N+1 above all) fails here and must either be fixed or
 * raise the budget deliberately. Lists must also cost the same for a page of 2 rows and a page of
 * 20 rows, each row with tags, contacts, follow-ups and shares: a per-row query shows up as a
 * difference whatever the budget says.
 */
class CustomerQueryBudgetTest extends CustomerApiTest {

    private static final int CUSTOMERS = 24;
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    private StatementCounter counter;

    @Autowired
    private SqlVendor vendor;

    private Sales s;
    private final List<Long> customers = new ArrayList<>();

    @BeforeEach
    void richCustomers() throws Exception {
        s = sales();
        for (int i = 0; i < CUSTOMERS; i++) {
            KezhiPrincipal owner = i % 2 == 0 ? s.rep1() : s.rep2();
            Map<String, Object> body = customerBody("预算客户" + i);
            body.put("phone", "1380013" + String.format("%04d", i));
            body.put("valueClass", "KEY");
            body.put("tags", List.of("甲", "乙" + i));
            long id = customer(owner, body);
            contact(owner, id, "联系人" + i);
            followUp(owner, id, "跟进" + i, NOW.minus(Duration.ofHours(i + 1)));
            shareCustomer(owner, id, "USER", s.rep3().userId(), "READ");
            customers.add(id);
        }
    }

    @Test
    void customerListsCostTheSameForTwoRowsAndTwentyAndStayWithinBudget() throws Exception {
        for (KezhiPrincipal user : List.of(s.rep1(), s.director(), s.rep3(), s.admin())) {
            // a director's department is a branch of the list of its own (ResolvedScope.branches): one query
            // more; not for a search, whose own index finds the rows (ResolvedScope.branchesForSearch)
            int departments = user == s.director() ? 1 : 0;
            // the whole company's filtered list looks for its total's worth of matches among the first rows
            // read, and finding fewer counts them all (EntityLister.listCountingFirst): one query more
            int amongFirstRows = user == s.admin() ? 1 : 0;
            listWithinBudget(user, "/api/v1/customers?sort=updatedAt,desc", 6 + departments + treeDepartmentsApart(user));
            listWithinBudget(user, "/api/v1/customers?sort=name&valueClass=KEY&tag=甲", 6 + departments + amongFirstRows);
            listWithinBudget(user, "/api/v1/customers?q=预算", 6);
            listWithinBudget(user, "/api/v1/customers?q=13800", 7);
        }
        sharesProbedInSql(s.rep3(), "/api/v1/customers?sort=updatedAt,desc&size=20");
        sharesProbedInSql(s.rep3(), "/api/v1/contacts?sort=updatedAt,desc&size=20");
        listWithinBudget(s.director(), "/api/v1/contacts?sort=updatedAt,desc", 6);
        // in its default order, on PostgreSQL, the follow-up list first asks how many customers are shared with
        // the user: with many, a page of their follow-ups is looked for in order (ScopeBranches.manyShared)
        int sharedCounted = vendor == SqlVendor.POSTGRESQL ? 1 : 0;
        listWithinBudget(s.director(), "/api/v1/follow-ups?sort=occurredAt,desc", 7 + sharedCounted);
        // the web client asks every page for its total: one count per branch of the director's scope read in
        // order (their subordinates' and their own, their department tree's); the shared ones, found first,
        // are counted from the ids their query gave (BranchTotal)
        // (on PostgreSQL the tree's departments, read apart, are counted apart only when their rows fill the
        // page: here one of them, where the customers are, and its total comes with the others' rows)
        listWithinBudget(s.director(), "/api/v1/customers?sort=updatedAt,desc&total=true",
                vendor == SqlVendor.POSTGRESQL ? 7 + 2 + 1 : 7 + 2);
        listWithinBudget(s.director(), "/api/v1/contacts?sort=updatedAt,desc&total=true", 6 + 2);
        listWithinBudget(s.director(), "/api/v1/follow-ups?sort=occurredAt,desc&total=true", 7 + 2 + sharedCounted);
        // rep3's shared records, found first, tell the total from the same query's ids: no count
        within(s.rep3(), "/api/v1/customers?sort=updatedAt,desc&size=2&total=true", 6);
        within(s.rep3(), "/api/v1/contacts?sort=updatedAt,desc&size=2&total=true", 5);
        within(s.rep3(), "/api/v1/follow-ups?sort=occurredAt,desc&size=2&total=true", 6 + sharedCounted);
        // a search or filter finds its matches first and counts them from the same queries' ids; a tree's
        // filtered list reads the company's first rows in order, here all of them, which tells the total
        within(s.director(), "/api/v1/customers?q=预算&size=2&total=true", 6);
        within(s.director(), "/api/v1/customers?sort=name&valueClass=KEY&tag=甲&size=2&total=true", 7);
        within(s.rep3(), "/api/v1/customers?q=预算&size=2&total=true", 6);
        // a page that holds the last row tells its total without counting
        within(s.director(), "/api/v1/customers?q=预算&size=50&total=true", 6);
        within(s.director(), "/api/v1/follow-ups?sort=occurredAt,desc&size=50&total=true", 7 + sharedCounted);
    }

    @Test
    void oneCustomerItsOverviewAndTimelineStayWithinBudget() throws Exception {
        long id = customers.get(0);
        for (KezhiPrincipal user : List.of(s.rep1(), s.director(), s.rep3())) {
            within(user, "/api/v1/customers/" + id, 5);
            within(user, "/api/v1/customers/" + id + "/overview", 14);
            within(user, "/api/v1/customers/" + id + "/timeline?size=20", 6);
            within(user, "/api/v1/customers/" + id + "/contacts", 4);
            within(user, "/api/v1/customers/" + id + "/follow-ups", 5);
        }
        within(s.director(), "/api/v1/customers/lookup?phone=13800130000", 12);
    }

    /**
     * The queries more that a tree's list in order of last change costs on PostgreSQL, where it reads each
     * department of the tree apart (CustomerQueries.readsTreeInOrder): the director's tree has three, where
     * the other lists read one branch for them.
     */
    private int treeDepartmentsApart(KezhiPrincipal user) {
        return user == s.director() && vendor == SqlVendor.POSTGRESQL ? 2 : 0;
    }

    /** The list costs the same for 2 rows and for 20, and no more than the budget. */
    private void listWithinBudget(KezhiPrincipal user, String url, int budget) throws Exception {
        String separator = url.contains("?") ? "&" : "?";
        StatementCounter.Counted<Response> two = counted(user, url + separator + "size=2");
        StatementCounter.Counted<Response> twenty = counted(user, url + separator + "size=20");
        assertThat(twenty.value().body().path("items").size()).as(url).isGreaterThan(2);
        assertThat(twenty.count()).as("statements for 20 rows vs 2 rows: %s as %s%n%s", url, user.username(),
                String.join("\n", twenty.statements())).isEqualTo(two.count());
        assertThat(twenty.count()).as("query budget of %s as %s:%n%s", url, user.username(),
                String.join("\n", twenty.statements())).isLessThanOrEqualTo(budget);
    }

    /**
     * rep3 sees the 24 customers only through shares: a list finds them with a subquery on the share
     * table, so no statement that looks for the page's rows (selecting ids only, before the page is
     * loaded by its ids) binds their ids one by one: Hibernate would translate and bind hundreds of
     * parameters for a user with hundreds of shares, on every list.
     */
    private void sharesProbedInSql(KezhiPrincipal user, String url) throws Exception {
        StatementCounter.Counted<Response> counted = counted(user, url);
        assertThat(counted.value().body().path("items").size()).as(url).isEqualTo(20);
        List<String> finding = counted.statements().stream().filter(sql -> sql.startsWith("select c1_0.id from")).toList();
        assertThat(finding).as(url).isNotEmpty();
        for (String sql : finding) {
            assertThat(sql.chars().filter(c -> c == '?').count()).as("parameters of %s", sql).isLessThan(CUSTOMERS);
        }
    }

    private void within(KezhiPrincipal user, String url, int budget) throws Exception {
        StatementCounter.Counted<Response> counted = counted(user, url);
        assertThat(counted.count()).as("query budget of %s as %s:%n%s", url, user.username(),
                String.join("\n", counted.statements())).isLessThanOrEqualTo(budget);
    }

    /**
     * The statements of a request after one that warmed the user's access profile and the company's
     * names (DirectoryNames) up, as in daily use.
     */
    private StatementCounter.Counted<Response> counted(KezhiPrincipal user, String url) throws Exception {
        get(user, url).expect(200);
        StatementCounter.Counted<Response> counted = counter.count(() -> get(user, url).expect(200));
        System.out.printf("[query-budget] %2d statements  %-70s as %s%n", counted.count(), url, user.username());
        return counted;
    }
}
