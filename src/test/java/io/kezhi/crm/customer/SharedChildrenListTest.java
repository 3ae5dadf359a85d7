package io.kezhi.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.shared.Pinyin;
import io.kezhi.crm.shared.db.SqlVendor;
import io.kezhi.crm.shared.jpa.EntityLister;
import io.kezhi.crm.testsupport.BulkCustomers;
import io.kezhi.crm.testsupport.StatementCounter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The contacts and follow-ups of customers shared with a user, as their lists show them: on PostgreSQL a
 * user with many shared customers has a page looked for among the children of every shared customer in
 * list order ({@code ListBranch#walk}); whichever way, the list holds exactly the user's own and
 * shared customers' children, in order, with the right total, never another user's shared ones nor those
 * of a customer in the recycle bin.
 */
class SharedChildrenListTest extends CustomerApiTest {

    @Autowired
    private BulkCustomers bulk;

    @Autowired
    private StatementCounter counter;

    @Autowired
    private SqlVendor vendor;

    /** A child as the list orders it: by name (contacts: all named 联系人 and digits) or time (follow-ups), then id. */
    private record Child(long id, long customerId, String name, Instant occurredAt) {
    }

    private final List<Child> contacts = new ArrayList<>();
    private final List<Child> followUps = new ArrayList<>();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void manySharedCustomersChildrenAreListedInOrderWithTheirTotals() throws Exception {
        Sales s = sales();
        List<Long> ownByRep3 = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long id = customer(s.rep3(), "自己的客户" + i);
            ownByRep3.add(id);
            String name = "联系人9" + name(i);
            contacts.add(new Child(contact(s.rep3(), id, name), id, name, null));
            Instant occurred = now.minusSeconds(600L + i * 7919L);
            followUps.add(new Child(followUp(s.rep3(), id, "自己的跟进", occurred), id, null, occurred));
        }
        List<Long> toRep3 = sharedCustomers(s, s.rep1(), 130, "USER", s.rep3().userId(), 0);
        List<Long> toOthers = sharedCustomers(s, s.outsider(), 420, "USER", s.rep2().userId(), 130);
        long recycled = toRep3.get(5);
        delete(s.rep1(), "/api/v1/customers/" + recycled, customerVersion(s.rep1(), recycled)).expect(204);

        List<Long> reachable = new ArrayList<>(ownByRep3);
        toRep3.stream().filter(id -> id != recycled).forEach(reachable::add);
        List<Child> expectedContacts = contacts.stream().filter(c -> reachable.contains(c.customerId()))
                .sorted(Comparator.comparing(Child::name).thenComparing(Child::id)).toList();
        List<Child> expectedFollowUps = followUps.stream().filter(c -> reachable.contains(c.customerId()))
                .sorted(Comparator.comparing(Child::occurredAt).thenComparing(Child::id).reversed()).toList();
        // more children of shared customers than a walk's first read: a page is found, the rest left unread
        assertThat(contacts.size() - ownByRep3.size()).isGreaterThan(EntityLister.WALKED_ROWS);

        boolean walks = vendor == SqlVendor.POSTGRESQL;
        for (int page = 1; page <= 3; page++) {
            assertThat(listed(s.rep3(), "/api/v1/contacts", page, 20, expectedContacts.size(), walks))
                    .as("contacts, page " + page).isEqualTo(ids(expectedContacts, page, 20));
            assertThat(listed(s.rep3(), "/api/v1/follow-ups", page, 20, expectedFollowUps.size(), walks))
                    .as("follow-ups, page " + page).isEqualTo(ids(expectedFollowUps, page, 20));
        }
        int lastContacts = (expectedContacts.size() + 19) / 20;
        assertThat(listed(s.rep3(), "/api/v1/contacts", lastContacts, 20, expectedContacts.size(), walks))
                .as("the last page of contacts").isEqualTo(ids(expectedContacts, lastContacts, 20));

        // a filtered or otherwise sorted list finds the shared customers' children as before
        Child some = expectedContacts.get(7);
        assertThat(ids(get(s.rep3(), "/api/v1/contacts?size=20&q=" + some.name()).expect(200).body().path("items")))
                .containsExactly(some.id());
        Child others = contacts.stream().filter(c -> toOthers.contains(c.customerId())).findFirst().orElseThrow();
        assertThat(get(s.rep3(), "/api/v1/contacts?size=20&q=" + others.name()).expect(200).body().path("items"))
                .as("another user's shared customer's contact").isEmpty();
        List<Long> byCreation = new ArrayList<>();
        for (int page = 1; page <= 2; page++) {
            byCreation.addAll(ids(get(s.rep3(), "/api/v1/contacts?page=" + page + "&size=200&sort=createdAt")
                    .expect(200).body().path("items")));
        }
        assertThat(byCreation).containsExactlyInAnyOrderElementsOf(expectedContacts.stream().map(Child::id).toList());
    }

    @Test
    void aUserWithFewSharedCustomersHasTheirChildrenFoundDirectly() throws Exception {
        Sales s = sales();
        List<Long> toRep3 = sharedCustomers(s, s.rep1(), 12, "USER", s.rep3().userId(), 0);
        sharedCustomers(s, s.outsider(), 150, "USER", s.rep2().userId(), 12);
        List<Child> expected = contacts.stream().filter(c -> toRep3.contains(c.customerId()))
                .sorted(Comparator.comparing(Child::name).thenComparing(Child::id)).toList();

        assertThat(listed(s.rep3(), "/api/v1/contacts", 1, 20, expected.size(), false))
                .isEqualTo(ids(expected, 1, 20));
        assertThat(listed(s.rep3(), "/api/v1/contacts", 2, 20, expected.size(), false))
                .isEqualTo(ids(expected, 2, 20));
    }

    /**
     * {@code count} customers of {@code owner}, each with two contacts and three follow-ups, shared with the
     * grantee; written by SQL as the application writes them (shares, and the copies of the grantees on the
     * customers and their children), numbered from {@code from} so that children of different calls
     * interleave in the lists' orders.
     */
    private List<Long> sharedCustomers(Sales s, KezhiPrincipal owner, int count, String granteeType, long granteeId,
            int from) {
        long before = fixtures.jdbc().sql("SELECT COALESCE(MAX(id), 0) FROM customer").query(Long.class).single();
        bulk.insert(s.company(), owner.userId(), count, n -> "共享客户" + (from + n), n -> null);
        List<Long> customers = fixtures.jdbc().sql("SELECT id FROM customer WHERE tenant_id = :t AND owner_id = :o"
                + " AND id > :before ORDER BY id").param("t", s.company().id()).param("o", owner.userId())
                .param("before", before).query(Long.class).list();
        long dept = fixtures.jdbc().sql("SELECT department_id FROM app_user WHERE id = :id")
                .param("id", owner.userId()).query(Long.class).single();
        String grantees = (granteeType.equals("USER") ? "u" : "d") + granteeId;
        Object at = fixtures.at(now);
        List<Long> ids = bulk.ids(customers.size() * 6);
        List<Map<String, Object>> shares = new ArrayList<>();
        List<Map<String, Object>> contactRows = new ArrayList<>();
        List<Map<String, Object>> followUpRows = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            long customer = customers.get(i);
            int n = from + i;
            shares.add(Map.of("id", ids.get(i * 6), "t", s.company().id(), "s", customer, "gt", granteeType,
                    "g", granteeId, "at", at));
            for (int k = 0; k < 2; k++) {
                long id = ids.get(i * 6 + 1 + k);
                String name = "联系人" + name(n * 2 + k);
                contacts.add(new Child(id, customer, name, null));
                contactRows.add(row(id, s, customer, owner, dept, grantees, at, Map.of("name", name,
                        "pinyin", Pinyin.of(name).full(), "primary", k == 0)));
            }
            for (int k = 0; k < 3; k++) {
                long id = ids.get(i * 6 + 3 + k);
                Instant occurred = now.minusSeconds(60L * ((n * 3L + k) * 37 % 1009) + 60);
                followUps.add(new Child(id, customer, null, occurred));
                followUpRows.add(row(id, s, customer, owner, dept, grantees, at,
                        Map.of("occurred", fixtures.at(occurred), "author", owner.userId())));
            }
        }
        bulk.insert("INSERT INTO record_share (id, tenant_id, subject_type, subject_id, grantee_type, grantee_id,"
                + " access_level, created_at) VALUES (:id, :t, 'customer', :s, :gt, :g, 'READ', :at)", shares);
        fixtures.jdbc().sql("UPDATE customer SET share_grantees = :g WHERE id IN (:ids)").param("g", grantees)
                .param("ids", customers).update();
        bulk.insert("INSERT INTO contact (id, tenant_id, customer_id, name, name_pinyin, primary_contact, created_at,"
                + " updated_at, version, owner_id, owner_dept_id, share_grantees) VALUES (:id, :t, :c, :name, :pinyin,"
                + " :primary, :at, :at, 0, :owner, :dept, :grantees)", contactRows);
        bulk.insert("INSERT INTO follow_up (id, tenant_id, customer_id, follow_type, content, occurred_at, author_id,"
                + " created_at, updated_at, version, owner_id, owner_dept_id, share_grantees) VALUES (:id, :t, :c,"
                + " 'call', '共享跟进', :occurred, :author, :at, :at, 0, :owner, :dept, :grantees)", followUpRows);
        return customers;
    }

    private static Map<String, Object> row(long id, Sales s, long customer, KezhiPrincipal owner, long dept,
            String grantees, Object at, Map<String, Object> more) {
        Map<String, Object> row = new HashMap<>(more);
        row.put("id", id);
        row.put("t", s.company().id());
        row.put("c", customer);
        row.put("owner", owner.userId());
        row.put("dept", dept);
        row.put("grantees", grantees);
        row.put("at", at);
        return row;
    }

    /** A four-digit name part spreading consecutive numbers over the order (unique below 1,000). */
    private static String name(int n) {
        return String.format("%04d", n * 389 % 1000 + (n / 1000) * 1000);
    }

    /**
     * One page of a list as the user sees it, checking its total and whether the page was looked for among
     * the shared customers' children in order (a statement reading their copy of the grantees).
     */
    private List<Long> listed(KezhiPrincipal as, String list, int page, int size, int total, boolean walked)
            throws Exception {
        var counted = counter.count(() -> get(as, list + "?page=" + page + "&size=" + size + "&total=true")
                .expect(200).body());
        assertThat(counted.value().get("total").asLong()).as(list + " total").isEqualTo(total);
        assertThat(counted.statements().stream().anyMatch(sql -> sql.contains("share_grantees is not null")))
                .as(list + " looked for the page among the shared customers' children in order").isEqualTo(walked);
        return ids(counted.value().path("items"));
    }

    private static List<Long> ids(List<Child> children, int page, int size) {
        return children.stream().skip((long) (page - 1) * size).limit(size).map(Child::id).toList();
    }
}
