package io.kezhi.crm.customer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.shared.jpa.EntityLister;
import io.kezhi.crm.testsupport.BulkCustomers;
import java.time.Instant;
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

        fixtures.jdbc().sql("UPDATE customer SET deleted_at = :now WHERE tenant_id = :t AND name = '批量客户0'")
                .param("now", fixtures.at(Instant.now())).param("t", s.company().id()).update();
        assertTotal(s.rep1(), "", cap, false);
        assertTotal(s.director(), "", cap, false);
        customer(s.director(), "总监的客户");
        assertTotal(s.director(), "", cap, true);
    }

    private void assertTotal(KezhiPrincipal as, String parameters, long total, boolean capped) throws Exception {
        JsonNode page = get(as, "/api/v1/customers?size=20&total=true" + parameters).expect(200).body();
        assertThat(page.get("total").asLong()).as(as.username() + parameters).isEqualTo(total);
        assertThat(page.get("totalCapped").asBoolean()).as(as.username() + parameters + " capped").isEqualTo(capped);
    }
}
