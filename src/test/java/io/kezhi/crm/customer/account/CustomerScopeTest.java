package io.kezhi.crm.customer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.testsupport.StatementCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The data scope decides which customers a user lists, reads and changes. */
class CustomerScopeTest extends CustomerApiTest {

    @Autowired
    private StatementCounter counter;

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

    @Test
    void aSubordinatesCustomerPlacedOutsideTheTreeIsListedAndOnlyItsOwnerIsReadByOwner() throws Exception {
        Sales s = sales();
        long mine = customer(s.rep1(), "甲公司");
        long brought = customer(s.rep3(), "乙公司");
        long placedHere = customer(s.outsider(), "丙公司");
        customer(s.outsider(), "丁公司");
        // rep3 came from the office with a customer placed there; the office placed one in team 1
        place(brought, s.office());
        place(placedHere, s.team1());

        for (String filter : List.of("", "&customerType=COMPANY")) {
            StatementCounter.Counted<JsonNode> page = counter.count(() -> get(s.director(),
                    "/api/v1/customers?size=20&total=true" + filter).expect(200).body());
            assertThat(ids(page.value().get("items"))).as(filter).containsExactlyInAnyOrder(mine, brought, placedHere);
            assertThat(page.value().get("total").asLong()).as(filter).isEqualTo(3);
            assertThat(ownerBranchReads(page.statements())).as("only rep3's customers are read by owner")
                    .isNotEmpty().allMatch(sql -> sql.replace(" ", "").contains("owner_idin(?)"));
        }

        place(brought, s.team2());
        StatementCounter.Counted<JsonNode> page = counter.count(() -> get(s.director(),
                "/api/v1/customers?size=20&total=true&customerType=COMPANY").expect(200).body());
        assertThat(ids(page.value().get("items"))).containsExactlyInAnyOrder(mine, brought, placedHere);
        assertThat(ownerBranchReads(page.statements())).as("every owner's customers are in the tree").isEmpty();
    }

    /**
     * Contacts and follow-ups are reached through their customer: a subordinate's customer placed outside
     * the tree brings its contacts and follow-ups into the lists once, and when every owner's customers
     * are placed inside, the lists read them by department only.
     */
    @Test
    void contactsAndFollowUpsReadByOwnerOnlyWhenAnOwnersCustomerIsPlacedOutside() throws Exception {
        Sales s = sales();
        long mine = customer(s.rep1(), "甲公司");
        long brought = customer(s.rep3(), "乙公司");
        customer(s.outsider(), "丁公司");
        long[] contacts = {contact(s.rep1(), mine, "张三"), contact(s.rep3(), brought, "李四")};
        long[] followUps = {followUp(s.rep1(), mine, "拜访", java.time.Instant.now().minusSeconds(60)),
                followUp(s.rep3(), brought, "电话", java.time.Instant.now().minusSeconds(30))};
        for (long department : new long[] {s.office(), s.team2()}) {
            place(brought, department);
            boolean outside = department == s.office();
            for (String list : List.of("contacts", "follow-ups")) {
                long[] expected = list.equals("contacts") ? contacts : followUps;
                StatementCounter.Counted<JsonNode> page = counter.count(() -> get(s.director(),
                        "/api/v1/" + list + "?size=20&total=true").expect(200).body());
                assertThat(ids(page.value().get("items"))).as(list).containsExactlyInAnyOrder(expected[0], expected[1]);
                assertThat(page.value().get("total").asLong()).as(list).isEqualTo(2);
                assertThat(childOwnerReads(page.statements(), list.equals("contacts") ? "contact" : "follow_up")
                        .isEmpty()).as(list + (outside ? ": rep3 has a customer outside" : ": every customer is inside"))
                        .isEqualTo(!outside);
            }
        }
    }

    /** The list's reads of contacts or follow-ups through the copy of their customer's owner. */
    private static List<String> childOwnerReads(List<String> statements, String table) {
        return statements.stream().map(String::toLowerCase).map(sql -> sql.replace(" ", ""))
                .filter(sql -> sql.contains("from" + table) && sql.matches(".*\\.owner_idin\\(.*")).toList();
    }

    /** The list's reads of customers by owner (JPA's, not the placement lookup's SQL). */
    private static List<String> ownerBranchReads(List<String> statements) {
        return statements.stream().map(String::toLowerCase)
                .filter(sql -> sql.contains("from customer c1_0") && sql.contains("c1_0.owner_id in (")).toList();
    }

    /** Places the customer in the department, as if its owner had been there when they got it. */
    private void place(long customer, long department) {
        String path = fixtures.jdbc().sql("SELECT path FROM department WHERE id = :id").param("id", department)
                .query(String.class).single();
        fixtures.jdbc().sql("UPDATE customer SET owner_dept_id = :d, owner_dept_path = :p WHERE id = :id")
                .param("d", department).param("p", path).param("id", customer).update();
        for (String copy : List.of("contact", "follow_up")) {
            fixtures.jdbc().sql("UPDATE " + copy + " SET owner_dept_id = :d WHERE customer_id = :id")
                    .param("d", department).param("id", customer).update();
        }
    }

    private List<Long> listedIds(Sales s, io.kezhi.crm.identity.login.KezhiPrincipal user) throws Exception {
        List<Long> ids = new ArrayList<>();
        get(user, "/api/v1/customers?size=100").expect(200).body().path("items").forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }
}
