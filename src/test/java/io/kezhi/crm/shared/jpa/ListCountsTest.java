package io.kezhi.crm.shared.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.account.Customer;
import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.BulkCustomers;
import io.kezhi.crm.testsupport.TestCompany;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.domain.Specification;

/**
 * {@link ListCounts#idsAmongFirstRows}: the matches among a company's first rows read, bounded by the rows
 * read and by the matches wanted, never another company's.
 */
class ListCountsTest extends ApiTest {

    @Autowired
    private ListCounts counts;

    @Autowired
    private BulkCustomers bulkCustomers;

    private TestCompany a;
    private TestCompany b;

    @BeforeEach
    void twoCompaniesWithCustomers() throws Exception {
        a = fixtures.company();
        b = fixtures.company();
        bulkCustomers.insert(a, a.admin().userId(), 1_100, n -> "首批客户" + n, n -> null);
        bulkCustomers.insert(b, b.admin().userId(), 1_100, n -> "首批客户" + n, n -> null);
        // a tag on a's customers whose number ends in 7 (110 of them), and on every one of b's
        bulkCustomers.tag(a, "七", "name LIKE '%7'");
        bulkCustomers.tag(b, "七", "name LIKE '首批客户%'");
    }

    @Test
    void theMatchesFoundAreBoundedByTheRowsReadAndByTheMatchesWanted() {
        Specification<Customer> named = (root, q, cb) -> cb.like(root.get("name"), "首批客户%");
        assertThat(a.inTransaction(() -> counts.idsAmongFirstRows(Customer.class, named, 500, 1_001))).hasSize(500);
        assertThat(a.inTransaction(() -> counts.idsAmongFirstRows(Customer.class, named, 5_000, 300))).hasSize(300);
        assertThat(a.inTransaction(() -> counts.idsAmongFirstRows(Customer.class,
                (root, q, cb) -> cb.like(root.get("name"), "别家%"), 5_000, 1_001))).isEmpty();
    }

    @Test
    void readingPastTheCompanysRowsFindsAllItsMatchesAndNoneOfAnothers() {
        // a test through another table, as the tag filter is on MariaDB
        Specification<Customer> tagged = (root, q, cb) -> cb.isMember("七", root.get("tags"));
        List<Long> ofA = a.inTransaction(() -> counts.idsAmongFirstRows(Customer.class, tagged, 5_000, 1_001));
        List<Long> idsOfA = fixtures.jdbc().sql("SELECT id FROM customer WHERE tenant_id = :t AND name LIKE '%7'")
                .param("t", a.id()).query(Long.class).list();
        assertThat(new HashSet<>(ofA)).hasSize(110).isEqualTo(Set.copyOf(idsOfA));
    }
}
