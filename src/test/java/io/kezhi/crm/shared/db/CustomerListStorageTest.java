package io.kezhi.crm.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kezhi.crm.customer.account.CustomerQueries;
import io.kezhi.crm.testsupport.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What keeps the branches of a scoped customer list index-only on PostgreSQL: the owner and department
 * indexes carry every column a list sorts on (V2_14; a sort column missing sends every filtered list
 * of that order back to the table), and the table is vacuumed often enough for its pages to stay
 * all-visible (V2_15).
 */
class CustomerListStorageTest extends ApiTest {

    @Autowired
    private SqlVendor vendor;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void ownerAndDepartmentIndexesCarryEverySortColumnOfTheScopedList() {
        assumeTrue(vendor == SqlVendor.POSTGRESQL, "MariaDB has no covering indexes");
        List<String> sortColumns = CustomerQueries.SORTS.entrySet().stream()
                .filter(sort -> !sort.getValue().equals("returnedAt")) // pool lists: not scoped by owner
                .map(sort -> sort.getValue().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase()).toList();
        assertThat(sortColumns).contains("last_follow_up_at", "points", "value_class");
        for (String index : List.of("ix_customer_owner", "ix_customer_owner_dept")) {
            List<String> columns = jdbc.queryForList("""
                    SELECT a.attname FROM pg_index i JOIN pg_attribute a
                      ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey::int2[])
                    WHERE i.indexrelid = ?::regclass""", String.class, index);
            assertThat(columns).as(index).containsAll(sortColumns).contains("deleted_at", "id");
        }
    }

    @Test
    void customerTableIsVacuumedAfterAHalfPercentChanged() {
        assumeTrue(vendor == SqlVendor.POSTGRESQL, "InnoDB has no visibility map");
        String options = jdbc.queryForObject(
                "SELECT array_to_string(reloptions, ',') FROM pg_class WHERE oid = 'customer'::regclass", String.class);
        assertThat(options).contains("autovacuum_vacuum_scale_factor=0.005",
                "autovacuum_vacuum_insert_scale_factor=0.01");
    }
}
