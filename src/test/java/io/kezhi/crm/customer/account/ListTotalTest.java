package io.kezhi.crm.customer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.shared.jpa.EntityLister;
import io.kezhi.crm.testsupport.BulkCustomers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A list's total stops counting {@link EntityLister#TOTAL_CAP} rows past the start of the page and says
 * so; below that it is exact.
 */
class ListTotalTest extends CustomerApiTest {

    @Autowired
    private BulkCustomers bulkCustomers;

    @Test
    void aTotalStopsAtTheCapAndSaysSoAndIsExactBelowIt() throws Exception {
        Sales s = sales();
        int cap = EntityLister.TOTAL_CAP;
        bulkCustomers.insert(s.company(), s.rep1().userId(), cap + 1, n -> "批量客户" + n, n -> null);

        assertTotal(s.rep1(), "", cap, true);
        assertTotal(s.lead1(), "", cap, true);
        assertTotal(s.director(), "", cap, true);
        assertTotal(s.rep1(), "&q=批量客户100", 2, false);
        assertTotal(s.rep2(), "", 0, false);
        assertTotal(s.rep1(), "&page=2", cap + 1, false); // counted up to 20 + cap: all of them
        // a search or a filter of a scope narrower than the company finds its matches first and counts them
        // from the same query's ids (BranchTotal): at the cap, below it, and past the page
        assertTotal(s.rep1(), "&q=批量客户", cap, true);
        assertTotal(s.lead1(), "&q=批量客户", cap, true);
        assertTotal(s.lead1(), "&customerType=COMPANY", cap, true);
        assertTotal(s.rep1(), "&q=批量客户&page=2", cap + 1, false);
        assertTotal(s.lead1(), "&q=批量客户1", 112, false); // 1, 10-19, 100-199, 1000

        fixtures.jdbc().sql("UPDATE customer SET deleted_at = :now WHERE tenant_id = :t AND name = '批量客户0'")
                .param("now", fixtures.at(Instant.now())).param("t", s.company().id()).update();
        assertTotal(s.rep1(), "", cap, false);
        assertTotal(s.director(), "", cap, false);
        customer(s.director(), "总监的客户");
        assertTotal(s.director(), "", cap, true);
    }

    /**
     * The records shared with a user are found first and counted from the ids that query gave; the
     * user's own records, read in order, are counted apart without them, so a record reached both ways
     * (the user's own, shared with their team) counts once.
     */
    @Test
    void recordsReachedByOwnershipAndByAShareCountOnce() throws Exception {
        Sales s = sales();
        bulkCustomers.insert(s.company(), s.rep1().userId(), 25, n -> "自有客户" + n, n -> null);
        List<Long> own = listedIds(s.rep1(), "q=自有客户");
        for (long id : own.subList(0, 4)) {
            shareCustomer(s.rep1(), id, "DEPARTMENT", s.team1(), "READ");
            contact(s.rep1(), id, "自有联系人" + id);
        }
        contact(s.rep1(), own.get(10), "未共享的联系人");
        for (int i = 0; i < 6; i++) {
            long theirs = customer(s.rep2(), "同事客户" + i);
            shareCustomer(s.rep2(), theirs, "USER", s.rep1().userId(), "READ");
            if (i < 3) {
                contact(s.rep2(), theirs, "同事联系人" + i);
            }
        }

        assertTotal(s.rep1(), "&size=2", 25 + 6, false);
        JsonNode contacts = get(s.rep1(), "/api/v1/contacts?size=2&total=true").expect(200).body();
        assertThat(contacts.get("total").asLong()).as("rep1's contacts: 5 of their own, 3 shared").isEqualTo(8);
        assertThat(contacts.get("totalCapped").asBoolean()).isFalse();
    }

    @Test
    void theUsersListCountsExactly() throws Exception {
        Sales s = sales();
        int cap = EntityLister.TOTAL_CAP;
        Object now = fixtures.at(Instant.now());
        String hash = fixtures.jdbc().sql("SELECT password_hash FROM app_user WHERE id = :id")
                .param("id", s.admin().userId()).query(String.class).single();
        String path = fixtures.jdbc().sql("SELECT path FROM department WHERE id = :id").param("id", s.team1())
                .query(String.class).single();
        List<Map<String, Object>> users = new ArrayList<>();
        for (long id : bulkCustomers.ids(cap + 1)) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", id);
            row.put("tenant", s.company().id());
            row.put("username", "bulk" + id);
            row.put("hash", hash);
            row.put("dept", s.team1());
            row.put("path", path);
            row.put("now", now);
            users.add(row);
        }
        bulkCustomers.insert("""
                INSERT INTO app_user (id, tenant_id, username, display_name, password_hash, department_id, dept_path,
                    status, created_at, updated_at, version)
                VALUES (:id, :tenant, :username, :username, :hash, :dept, :path, 'ACTIVE', :now, :now, 0)""", users);

        JsonNode page = get(s.admin(), "/api/v1/users?size=20&total=true").expect(200).body();
        assertThat(page.get("total").asLong()).as("the seats of the company, exactly").isGreaterThan(cap + 1);
        assertThat(page.get("totalCapped").asBoolean()).isFalse();
    }

    private void assertTotal(KezhiPrincipal as, String parameters, long total, boolean capped) throws Exception {
        String size = parameters.contains("size=") ? "" : "&size=20";
        JsonNode page = get(as, "/api/v1/customers?total=true" + size + parameters).expect(200).body();
        assertThat(page.get("total").asLong()).as(as.username() + parameters).isEqualTo(total);
        assertThat(page.get("totalCapped").asBoolean()).as(as.username() + parameters + " capped").isEqualTo(capped);
    }
}
