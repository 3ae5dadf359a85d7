package io.kezhi.crm.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kezhi.crm.testsupport.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every foreign key to a customer is served by an index led by its column, so that deleting a customer
 * (purge from the recycle bin, a merged customer) checks its contacts and follow-ups through an index
 * instead of reading those tables whole (minutes per customer on 3M contacts and 10M follow-ups).
 * PostgreSQL only: InnoDB creates such an index for every foreign key itself.
 */
class ForeignKeyIndexTest extends ApiTest {

    @Autowired
    private SqlVendor vendor;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void foreignKeysToCustomersHaveAnIndexLedByTheirColumns() {
        assumeTrue(vendor == SqlVendor.POSTGRESQL, "InnoDB indexes every foreign key itself");
        List<String> keys = jdbc.queryForList("""
                SELECT c.conname FROM pg_constraint c
                WHERE c.contype = 'f' AND c.confrelid = 'customer'::regclass""", String.class);
        assertThat(keys).contains("fk_contact_customer", "fk_follow_up_customer", "fk_customer_tag_customer");
        List<String> unindexed = jdbc.queryForList("""
                SELECT c.conrelid::regclass || '.' || c.conname FROM pg_constraint c
                WHERE c.contype = 'f' AND c.confrelid = 'customer'::regclass
                  AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid
                      AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey)""", String.class);
        assertThat(unindexed).isEmpty();
    }
}
