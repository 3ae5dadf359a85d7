package io.kezhi.crm.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kezhi.crm.testsupport.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction asked to commit without waiting for the disk does so on PostgreSQL, and only that
 * transaction (seen on a server whose own setting is on, as the external PostgreSQL's: the embedded
 * test server's is off).
 */
class TransactionSettingsTest extends ApiTest {

    @Autowired
    private TransactionSettings settings;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SqlVendor vendor;

    @Test
    void onlyTheTransactionThatAskedCommitsWithoutWaitingForTheDisk() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        String server = vendor == SqlVendor.POSTGRESQL
                ? transaction.execute(status -> jdbc.queryForObject("SHOW synchronous_commit", String.class)) : "on";
        String inside = transaction.execute(status -> {
            settings.commitWithoutWaitingForTheDisk();
            return vendor == SqlVendor.POSTGRESQL ? jdbc.queryForObject("SHOW synchronous_commit", String.class) : "off";
        });
        assertThat(inside).isEqualTo("off");
        if (vendor == SqlVendor.POSTGRESQL) {
            for (int i = 0; i < 3; i++) { // whichever pooled connection comes next
                String after = transaction.execute(status -> jdbc.queryForObject("SHOW synchronous_commit",
                        String.class));
                assertThat(after).as("the server's own setting (the embedded test server's is off)").isEqualTo(server);
            }
        }
    }

    @Test
    void isRefusedOutsideATransaction() {
        if (vendor == SqlVendor.POSTGRESQL) {
            assertThatThrownBy(settings::commitWithoutWaitingForTheDisk).isInstanceOf(IllegalStateException.class);
        }
    }
}
