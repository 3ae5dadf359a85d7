package io.kezhi.crm.shared.db;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Asks PostgreSQL to plan the rest of the current transaction's statements for their values. PgJDBC
 * prepares a statement on the server after its fifth use on a connection, and PostgreSQL then settles on
 * a generic plan, made without the values, when that looks no dearer: for a statement whose best plan
 * depends on how common its values are, that plan is right for some values only. {@code SET LOCAL}
 * ends with the transaction, so the connection goes back to the pool as it was. Nothing on MariaDB,
 * which plans every execution. (Tried for every text search: planning cost what it saved.)
 */
@Component
public class ValueSpecificPlans {

    private final JdbcClient jdbc;
    private final boolean postgres;

    ValueSpecificPlans(JdbcClient jdbc, SqlVendor vendor) {
        this.jdbc = jdbc;
        this.postgres = vendor == SqlVendor.POSTGRESQL;
    }

    /** For the rest of the current transaction, which must exist: outside one it would outlive the request. */
    public void forThisTransaction() {
        if (!postgres) {
            return;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("value-specific plans are set for a transaction, and none is active");
        }
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
    }
}
