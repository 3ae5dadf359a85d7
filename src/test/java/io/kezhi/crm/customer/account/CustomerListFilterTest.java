package io.kezhi.crm.customer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.shared.jpa.EntityLister;
import io.kezhi.crm.testsupport.BulkCustomers;
import io.kezhi.crm.testsupport.StatementCounter;
import io.kezhi.crm.testsupport.TestClock;
import io.kezhi.crm.testsupport.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Every filter of the customer list, its sorts and its paging, inside the caller's scope. */
class CustomerListFilterTest extends CustomerApiTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    private TestClock clock;

    @Autowired
    private StatementCounter counter;

    @Autowired
    private BulkCustomers bulkCustomers;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void ownershipAndDepartmentFilters() throws Exception {
        Sales s = sales();
        long directors = customer(s.director(), "总监客户");
        long rep1s = customer(s.rep1(), "一部客户");
        long rep2s = customer(s.rep2(), "一部客户二");
        long rep3s = customer(s.rep3(), "二部客户");

        assertThat(listedIds(s.director(), "mine=true")).containsExactly(directors);
        assertThat(listedIds(s.director(), "ownerId=" + s.rep2().userId())).containsExactly(rep2s);
        assertThat(listedIds(s.director(), "departmentId=" + s.team1())).containsExactlyInAnyOrder(rep1s, rep2s);
        assertThat(listedIds(s.director(), "departmentId=" + s.branch()))
                .containsExactlyInAnyOrder(directors, rep1s, rep2s, rep3s);
        assertThat(listedIds(s.director(), "departmentId=" + s.branch() + "&includeSubDepartments=false"))
                .containsExactly(directors);
        assertThat(listedIds(s.director(), "inPool=false")).hasSize(4);
        assertThat(listedIds(s.director(), "inPool=true")).isEmpty();
        assertThat(listedIds(s.rep1(), "departmentId=" + s.team2())).as("a filter never widens the scope").isEmpty();
        assertThat(listedIds(s.rep1(), "ownerId=" + s.rep3().userId())).isEmpty();
    }

    @Test
    void valueFilters() throws Exception {
        Sales s = sales();
        long a = customer(s.rep1(), body("甲", Map.of("customerType", "PERSON", "source", "referral",
                "industry", "it", "valueClass", "KEY", "relationshipLevel", "close", "status", "NORMAL",
                "lifecycleStage", "SIGNED", "staffSize", "s1_20", "points", 50, "tags", List.of("重点"))));
        long b = customer(s.rep1(), body("乙", Map.of("source", "online", "industry", "finance",
                "valueClass", "MAJOR", "relationshipLevel", "good", "staffSize", "s21_100", "points", 500,
                "provinceCode", "440000", "cityCode", "440300", "districtCode", "440305")));
        long c = customer(s.rep1(), body("丙", Map.of("provinceCode", "440000", "cityCode", "440100", "points", 5000)));

        assertThat(listedIds(s.rep1(), "customerType=PERSON")).containsExactly(a);
        assertThat(listedIds(s.rep1(), "source=referral&source=online")).containsExactlyInAnyOrder(a, b);
        assertThat(listedIds(s.rep1(), "industry=finance")).containsExactly(b);
        assertThat(listedIds(s.rep1(), "valueClass=KEY&valueClass=MAJOR")).containsExactlyInAnyOrder(a, b);
        assertThat(listedIds(s.rep1(), "relationshipLevel=good")).containsExactly(b);
        assertThat(listedIds(s.rep1(), "status=NORMAL")).containsExactly(a);
        assertThat(listedIds(s.rep1(), "status=ACTIVE")).containsExactlyInAnyOrder(b, c);
        assertThat(listedIds(s.rep1(), "lifecycleStage=SIGNED")).containsExactly(a);
        assertThat(listedIds(s.rep1(), "staffSize=s21_100")).containsExactly(b);
        assertThat(listedIds(s.rep1(), "provinceCode=440000")).containsExactlyInAnyOrder(b, c);
        assertThat(listedIds(s.rep1(), "cityCode=440300")).containsExactly(b);
        assertThat(listedIds(s.rep1(), "districtCode=440305")).containsExactly(b);
        assertThat(listedIds(s.rep1(), "tag=重点")).containsExactly(a);
        assertThat(listedIds(s.rep1(), "pointsMin=500")).containsExactlyInAnyOrder(b, c);
        assertThat(listedIds(s.rep1(), "pointsMin=100&pointsMax=500")).containsExactly(b);
        assertThat(listedIds(s.rep1(), "source=referral&industry=finance")).as("filters combine").isEmpty();
    }

    @Test
    void timeFiltersIncludingDaysSinceLastUpdateAndNextFollowUpBefore() throws Exception {
        Sales s = sales();
        long stale = customer(s.rep1(), "久未更新");
        long fresh = customer(s.rep1(), "刚更新");
        long neverFollowed = customer(s.rep1(), "从未跟进");
        backdate(stale, Duration.ofDays(40));
        backdate(neverFollowed, Duration.ofDays(20));
        followUp(s.rep1(), stale, NOW.minus(Duration.ofDays(45)), NOW.plus(Duration.ofDays(2)));
        backdate(stale, Duration.ofDays(40));
        followUp(s.rep1(), fresh, NOW.minus(Duration.ofHours(2)), NOW.plus(Duration.ofDays(10)));

        assertThat(listedIds(s.rep1(), "staleDays=30")).containsExactly(stale);
        assertThat(listedIds(s.rep1(), "staleDays=10")).containsExactlyInAnyOrder(stale, neverFollowed);
        assertThat(listedIds(s.rep1(), "noFollowUpDays=7")).containsExactlyInAnyOrder(stale, neverFollowed);
        assertThat(listedIds(s.rep1(), "nextFollowUpTo=" + NOW.plus(Duration.ofDays(5)))).containsExactly(stale);
        assertThat(listedIds(s.rep1(), "nextFollowUpFrom=" + NOW.plus(Duration.ofDays(5)))).containsExactly(fresh);
        assertThat(listedIds(s.rep1(), "lastFollowUpFrom=" + NOW.minus(Duration.ofDays(1)))).containsExactly(fresh);
        assertThat(listedIds(s.rep1(), "lastFollowUpTo=" + NOW.minus(Duration.ofDays(1)))).containsExactly(stale);
        assertThat(listedIds(s.rep1(), "createdTo=" + NOW.minus(Duration.ofDays(10))))
                .containsExactlyInAnyOrder(stale, neverFollowed);
        assertThat(listedIds(s.rep1(), "createdFrom=" + NOW.minus(Duration.ofDays(1)))).containsExactly(fresh);
        assertThat(listedIds(s.rep1(), "updatedFrom=" + NOW.minus(Duration.ofDays(25)) + "&updatedTo="
                + NOW.minus(Duration.ofDays(15)))).containsExactly(neverFollowed);

        clock.advance(Duration.ofDays(8));
        assertThat(listedIds(s.rep1(), "noFollowUpDays=7")).as("eight days later, on the application clock")
                .containsExactlyInAnyOrder(stale, neverFollowed, fresh);
    }

    /**
     * An admin's list (read in order) of "no follow-up for N days" or "not changed for N days" by last
     * follow-up reads its two halves apart (never, before the cutoff, for the second the cutoff its
     * change implies): the same rows in the same order as the whole list without the filter (the
     * customers never followed up first in ascending order, last in descending), page after page.
     */
    @Test
    void noFollowUpAndNotChangedInOrderOfLastFollowUpAreTheWholeListsOrder() throws Exception {
        Sales s = sales();
        long neverA = customer(s.rep1(), "从未跟进甲");
        long neverB = customer(s.rep2(), "从未跟进乙");
        long month = customer(s.rep1(), "一月前跟进");
        long weeks = customer(s.rep3(), "三周前跟进");
        long fresh = customer(s.rep1(), "刚跟进");
        long edge = customer(s.rep2(), "跟进时间略晚于最后修改");
        followUp(s.rep1(), month, NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(2)));
        followUp(s.rep3(), weeks, NOW.minus(Duration.ofDays(20)), NOW.plus(Duration.ofDays(2)));
        followUp(s.rep1(), fresh, NOW.minus(Duration.ofHours(2)), NOW.plus(Duration.ofDays(2)));
        followUp(s.rep2(), edge, NOW.minus(Duration.ofDays(10)).plus(Duration.ofMinutes(30)),
                NOW.plus(Duration.ofDays(2)));
        // last changed after their last follow-up, as every change through the application leaves them (or
        // before it by less than a follow-up may be dated ahead: edge, changed 40 minutes before its follow-up)
        backdate(neverA, Duration.ofDays(40));
        backdate(neverB, Duration.ofDays(12));
        backdate(month, Duration.ofDays(29));
        backdate(weeks, Duration.ofDays(19));
        backdate(edge, Duration.ofDays(10).plus(Duration.ofMinutes(10)));
        List<Long> stale = List.of(neverA, neverB, month, weeks, edge);

        for (String order : List.of("desc", "asc")) {
            for (String filter : List.of("noFollowUpDays=7", "staleDays=10")) {
                List<Long> expected = listedIds(s.admin(), "sort=lastFollowUpAt," + order).stream()
                        .filter(stale::contains).toList();
                assertThat(expected).containsExactlyInAnyOrderElementsOf(stale);
                assertThat(order.equals("asc") ? expected.subList(0, 2) : expected.subList(3, 5))
                        .as("never followed up is the oldest").containsExactlyElementsOf(
                                order.equals("asc") ? List.of(neverA, neverB) : List.of(neverB, neverA));
                String filtered = filter + "&sort=lastFollowUpAt," + order;
                assertThat(listedIds(s.admin(), filtered)).as(order).containsExactlyElementsOf(expected);
                List<Long> paged = new java.util.ArrayList<>();
                for (int page = 1; page <= 6; page++) {
                    paged.addAll(ids(get(s.admin(), "/api/v1/customers?size=1&page=" + page + "&" + filtered)
                            .expect(200).body().path("items")));
                }
                assertThat(paged).as("paged " + order).containsExactlyElementsOf(expected);
                assertThat(listedIds(s.rep1(), filtered)).as("a rep's, " + order)
                        .containsExactlyElementsOf(expected.stream().filter(List.of(neverA, month)::contains).toList());
            }
        }
        assertThat(listedIds(s.admin(), "staleDays=15&sort=lastFollowUpAt,desc")).as("changed 12 days ago")
                .doesNotContain(neverB).contains(neverA, month, weeks);
    }

    @Test
    void sortsNamesInPinyinOrderWithoutRegardToCase() throws Exception {
        Sales s = sales();
        long zhang = customer(s.rep1(), "张三");
        long banana = customer(s.rep1(), "banana");
        long li = customer(s.rep1(), "李四");
        long date = customer(s.rep1(), "Date");
        long wang = customer(s.rep1(), "王五");
        long apple = customer(s.rep1(), "apple");
        long chen = customer(s.rep1(), "陈记");
        long cherry = customer(s.rep1(), "Cherry");
        // apple, banana, chenji, cherry, date, lisi, wangwu, zhangsan (in code order 张 came before 李 and 王)
        List<Long> byName = List.of(apple, banana, chen, cherry, date, li, wang, zhang);
        assertThat(listedIds(s.rep1(), "sort=name,asc")).as("names by pinyin, Latin ones in any case")
                .containsExactlyElementsOf(byName);
        assertThat(listedIds(s.admin(), "sort=name,asc")).as("the company's list, read in its index's order")
                .containsExactlyElementsOf(byName);
        List<Long> descending = new ArrayList<>(byName);
        Collections.reverse(descending);
        assertThat(listedIds(s.admin(), "sort=name,desc")).containsExactlyElementsOf(descending);
        assertThat(listedIds(s.admin(), "sort=name,asc&customerType=COMPANY")).as("a filtered list, counted first")
                .containsExactlyElementsOf(byName);
        assertThat(listedIds(s.director(), "sort=name,asc")).as("a tree's list, probing the company's index")
                .containsExactlyElementsOf(byName);
        assertThat(listedIds(s.lead1(), "sort=name,desc")).as("a manager's, read from the owner index")
                .containsExactlyElementsOf(descending);
    }

    @Test
    void sortsAndPages() throws Exception {
        Sales s = sales();
        long small = customer(s.rep1(), body("Bbb", Map.of("points", 10)));
        long large = customer(s.rep1(), body("Aaa", Map.of("points", 300)));
        long middle = customer(s.rep1(), body("Ccc", Map.of("points", 200)));

        assertThat(listedIds(s.rep1(), "sort=points,asc")).containsExactly(small, middle, large);
        assertThat(listedIds(s.rep1(), "sort=points,desc")).containsExactly(large, middle, small);
        assertThat(listedIds(s.rep1(), "sort=name,asc")).containsExactly(large, small, middle);
        assertThat(listedIds(s.rep1(), "sort=createdAt,desc")).containsExactly(middle, large, small);

        Response first = get(s.rep1(), "/api/v1/customers?sort=points,asc&size=2&page=1&total=true").expect(200);
        assertThat(ids(first.body().get("items"))).containsExactly(small, middle);
        assertThat(first.body().get("hasMore").asBoolean()).isTrue();
        assertThat(first.body().get("total").asLong()).isEqualTo(3);
        Response second = get(s.rep1(), "/api/v1/customers?sort=points,asc&size=2&page=2").expect(200);
        assertThat(ids(second.body().get("items"))).containsExactly(large);
        assertThat(second.body().get("hasMore").asBoolean()).isFalse();

        assertThat(get(s.rep1(), "/api/v1/customers?sort=remark").errorFields()).containsExactly("sort");
        assertThat(get(s.rep1(), "/api/v1/customers?size=201").status()).isEqualTo(400);
        assertThat(get(s.rep1(), "/api/v1/customers?status=SLEEPING").status()).isEqualTo(400);
    }

    @Test
    void customersWithTheSameSortValueFollowTheirIdInTheSortsDirection() throws Exception {
        Sales s = sales();
        long first = customer(s.rep1(), body("甲一", Map.of("points", 70)));
        long second = customer(s.rep1(), body("甲二", Map.of("points", 70)));
        long third = customer(s.rep1(), body("甲三", Map.of("points", 70)));
        long top = customer(s.rep1(), body("甲四", Map.of("points", 90)));

        assertThat(listedIds(s.rep1(), "sort=points,desc")).containsExactly(top, third, second, first);
        assertThat(listedIds(s.rep1(), "sort=points,asc")).containsExactly(first, second, third, top);
        Response page1 = get(s.rep1(), "/api/v1/customers?sort=points,desc&size=2&page=1").expect(200);
        Response page2 = get(s.rep1(), "/api/v1/customers?sort=points,desc&size=2&page=2").expect(200);
        assertThat(ids(page1.body().get("items"))).containsExactly(top, third);
        assertThat(ids(page2.body().get("items"))).containsExactly(second, first);
    }

    /**
     * The whole company's filtered list counts its matches before it reads them; on PostgreSQL the
     * single-valued attributes are counted through the index of each customer's attribute values
     * (V2_25), planned for the values, and the page is read without that test. The same rows either way.
     */
    @Test
    void theCompanysFilteredListCountsItsAttributesThroughTheirIndex() throws Exception {
        Sales s = sales();
        long person = customer(s.rep1(), body("个人甲", Map.of("customerType", "PERSON", "industry", "it",
                "provinceCode", "440000", "cityCode", "440300")));
        long company = customer(s.rep3(), body("公司乙", Map.of("industry", "it", "source", "online",
                "valueClass", "KEY")));
        long other = customer(s.outsider(), body("公司丙", Map.of("industry", "finance", "source", "referral")));
        customer(s.rep2(), "公司丁");

        Map<String, List<Long>> expected = new java.util.LinkedHashMap<>();
        expected.put("industry=it", List.of(person, company));
        expected.put("customerType=PERSON&industry=it", List.of(person));
        expected.put("customerType=COMPANY&industry=it&valueClass=KEY", List.of(company));
        expected.put("source=online&source=referral&industry=finance", List.of(other));
        expected.put("provinceCode=440000&cityCode=440300", List.of(person));
        expected.put("customerType=PERSON&industry=finance", List.of());
        expected.put("source=online&source=referral", List.of(company, other));
        boolean postgres = TestDatabase.kind() != TestDatabase.Kind.MARIADB;
        for (Map.Entry<String, List<Long>> filter : expected.entrySet()) {
            StatementCounter.Counted<JsonNode> page = counter.count(() -> get(s.admin(),
                    "/api/v1/customers?total=true&sort=createdAt,asc&" + filter.getKey()).expect(200).body());
            assertThat(ids(page.value().get("items"))).as(filter.getKey()).containsExactlyElementsOf(filter.getValue());
            assertThat(page.value().get("total").asLong()).as(filter.getKey()).isEqualTo(filter.getValue().size());
            List<String> sql = page.statements().stream().map(q -> q.toLowerCase(java.util.Locale.ROOT)).toList();
            boolean single = !filter.getKey().equals("source=online&source=referral");
            assertThat(sql.stream().filter(q -> q.contains("kz_customer_has_facets")).count())
                    .as("counted through the facets: " + filter.getKey()).isEqualTo(postgres && single ? 1 : 0);
            assertThat(sql.stream().anyMatch(q -> q.contains("plan_cache_mode"))).as("planned for the values")
                    .isEqualTo(postgres && single);
        }
    }

    /**
     * In order of last follow-up the company's filtered list is not counted first (it is read in order, its
     * "no follow-up for N days" in two halves) and its total is counted apart: on PostgreSQL through the
     * index of the attribute values too, planned for the values, whether the list is read whole or in halves.
     */
    @Test
    void theCompanysListInOrderOfLastFollowUpCountsItsAttributesThroughTheirIndex() throws Exception {
        Sales s = sales();
        Map<String, Object> person = Map.of("customerType", "PERSON", "provinceCode", "440000");
        List<Long> persons = List.of(customer(s.rep1(), body("个人甲", person)), customer(s.rep2(), body("个人乙", person)),
                customer(s.outsider(), body("个人丙", person)));
        customer(s.rep1(), body("公司丁", Map.of("provinceCode", "440000")));
        customer(s.rep3(), body("个人戊", Map.of("customerType", "PERSON", "provinceCode", "110000")));
        boolean postgres = TestDatabase.kind() != TestDatabase.Kind.MARIADB;
        for (String order : List.of("sort=lastFollowUpAt,desc", "sort=lastFollowUpAt,desc&noFollowUpDays=30")) {
            StatementCounter.Counted<JsonNode> page = counter.count(() -> get(s.admin(),
                    "/api/v1/customers?total=true&size=1&customerType=PERSON&provinceCode=440000&" + order)
                    .expect(200).body());
            assertThat(ids(page.value().get("items"))).as(order).hasSize(1).isSubsetOf(persons);
            assertThat(page.value().get("total").asLong()).as(order).isEqualTo(3);
            List<String> sql = page.statements().stream().map(q -> q.toLowerCase(java.util.Locale.ROOT)).toList();
            assertThat(sql.stream().anyMatch(q -> q.contains("kz_customer_has_facets"))).as("counted through the facets: "
                    + order + "\n" + String.join("\n", sql)).isEqualTo(postgres);
            assertThat(sql.stream().anyMatch(q -> q.contains("plan_cache_mode"))).as("planned for the values")
                    .isEqualTo(postgres);
        }
    }

    /**
     * The company's list of more matches than it counts is read in order; sorted by one stamp and filtered
     * by the other, it also bounds the sort's stamp by what the filter implies (changed at or after
     * created), and lists the same customers in the same order as without that bound.
     */
    @Test
    void theCompanysListSortedByAStampIsBoundedByWhatTheOtherStampsFilterImplies() throws Exception {
        Sales s = sales();
        int count = EntityLister.TOTAL_CAP + 5;
        bulkCustomers.insert(s.company(), s.rep1().userId(), count, n -> "旧客户" + n, n -> null);
        // the n-th created (and last changed) 100 days and n minutes ago
        fixtures.jdbc().sql("SELECT id, name FROM customer WHERE tenant_id = :t AND name LIKE '旧客户%'")
                .param("t", s.company().id()).query((rs, i) -> {
                    int n = Integer.parseInt(rs.getString("name").substring(3));
                    return Map.entry(rs.getLong("id"), Duration.ofDays(100).plusMinutes(n));
                }).list().forEach(e -> backdate(e.getKey(), e.getValue()));
        List<Long> oldest = listedIds(s.rep1(), "q=旧客户&sort=createdAt,asc&size=3");
        List<Long> newest = listedIds(s.rep1(), "q=旧客户&sort=createdAt,desc&size=3");
        long recent = customer(s.rep1(), "新客户");
        long changedSince = customer(s.rep1(), "旧而新改");
        backdate(changedSince, Duration.ofDays(200));
        fixtures.jdbc().sql("UPDATE customer SET updated_at = :t WHERE id = :id")
                .param("t", fixtures.at(NOW.minus(Duration.ofDays(1)))).param("id", changedSince).update();

        Map<String, String> bounded = Map.of(
                "staleDays=90&sort=createdAt,desc", "created_at<=",
                "updatedTo=" + NOW.minus(Duration.ofDays(50)) + "&sort=createdAt,desc", "created_at<",
                "createdFrom=" + NOW.minus(Duration.ofDays(101)) + "&sort=updatedAt,asc", "updated_at>=");
        for (Map.Entry<String, String> list : bounded.entrySet()) {
            String query = "customerType=COMPANY&size=3&" + list.getKey();
            assertThat(listedIds(s.admin(), query)).as(query)
                    .containsExactlyElementsOf(list.getKey().contains("asc") ? oldest : newest)
                    .doesNotContain(recent, changedSince);
            assertThat(listStatements(s.admin(), query)).as(query + ", bounded by " + list.getValue())
                    .anyMatch(sql -> sql.replace(" ", "").contains(list.getValue()));
        }
    }

    /**
     * A customer without a value sorts as the smallest value on every database: never followed up is the
     * one followed up longest ago, nothing planned comes before every plan, no value class before every
     * class; whichever way the list is read (a rep's in order or matches first, a director's branches).
     */
    @Test
    void customersWithoutAValueSortAsTheSmallestOnEveryDatabase() throws Exception {
        Sales s = sales();
        long early = customer(s.rep1(), body("早跟进", Map.of("valueClass", "KEY")));
        long never = customer(s.rep1(), "从未跟进");
        long late = customer(s.rep2(), body("晚跟进", Map.of("valueClass", "NORMAL")));
        followUp(s.rep1(), early, NOW.minus(Duration.ofDays(9)), NOW.plus(Duration.ofDays(1)));
        followUp(s.rep2(), late, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(9)));

        for (String key : List.of("lastFollowUpAt", "nextFollowUpAt", "valueClass")) {
            for (String filter : List.of("", "&customerType=COMPANY")) {
                assertThat(listedIds(s.director(), "sort=" + key + ",asc" + filter)).as(key + filter)
                        .containsExactly(never, early, late);
                assertThat(listedIds(s.director(), "sort=" + key + ",desc" + filter)).as(key + filter)
                        .containsExactly(late, early, never);
                assertThat(listedIds(s.rep1(), "sort=" + key + ",asc" + filter)).as("a rep's, " + key + filter)
                        .containsExactly(never, early);
                assertThat(listedIds(s.rep1(), "sort=" + key + ",desc" + filter)).as("a rep's, " + key + filter)
                        .containsExactly(early, never);
            }
        }
        // keys that cannot be null keep a plain order, which their indexes serve; MariaDB needs none
        boolean postgres = TestDatabase.kind() != TestDatabase.Kind.MARIADB;
        assertThat(listStatements(s.rep1(), "sort=lastFollowUpAt,desc"))
                .anyMatch(sql -> sql.contains("desc nulls last") == postgres);
        assertThat(listStatements(s.rep1(), "sort=points,asc")).noneMatch(sql -> sql.contains("nulls"));
    }

    private List<String> listStatements(io.kezhi.crm.identity.login.KezhiPrincipal as, String query) throws Exception {
        return counter.count(() -> get(as, "/api/v1/customers?" + query).expect(200)).statements().stream()
                .map(sql -> sql.toLowerCase(java.util.Locale.ROOT)).filter(sql -> sql.contains("order by")).toList();
    }

    private void followUp(io.kezhi.crm.identity.login.KezhiPrincipal as, long customer, Instant at, Instant next)
            throws Exception {
        post(as, "/api/v1/customers/" + customer + "/follow-ups", Map.of("followType", "call", "content", "跟进",
                "occurredAt", at.toString(), "nextFollowUpAt", next.toString())).expect(201);
    }

    /** Test data from the past: created and last updated that long ago. */
    private void backdate(long customer, Duration ago) {
        Instant then = NOW.minus(ago);
        fixtures.jdbc().sql("UPDATE customer SET created_at = :t, updated_at = :t WHERE id = :id")
                .param("t", TestDatabase.kind() == TestDatabase.Kind.MARIADB
                        ? java.time.LocalDateTime.ofInstant(then, java.time.ZoneOffset.UTC)
                        : then.atOffset(java.time.ZoneOffset.UTC))
                .param("id", customer).update();
    }

    private static Map<String, Object> body(String name, Map<String, Object> fields) {
        Map<String, Object> body = customerBody(name);
        body.putAll(fields);
        return body;
    }
}
