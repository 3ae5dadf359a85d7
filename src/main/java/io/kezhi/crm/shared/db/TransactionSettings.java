package io.kezhi.crm.shared.db;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * PostgreSQL settings for the rest of the current transaction ({@code SET LOCAL}): they end with it,
 * so the connection goes back to the pool as it was. Each needs a transaction (outside one it would
 * outlive the work) and does nothing on MariaDB, which has no such setting per transaction.
 */
@Component
public class TransactionSettings {

    private final JdbcClient jdbc;
    private final boolean postgres;

    TransactionSettings(JdbcClient jdbc, SqlVendor vendor) {
        this.jdbc = jdbc;
        this.postgres = vendor == SqlVendor.POSTGRESQL;
    }

    /**
     * Plans the transaction's statements for their values. PgJDBC prepares a statement on the server
     * after its fifth use on a connection, and PostgreSQL then settles on a generic plan, made without
     * the values, when that looks no dearer: for a statement whose best plan depends on how common its
     * values are, that plan is right for some values only. (MariaDB plans every execution. Tried for
     * every text search: planning cost what it saved.)
     */
    public void planForValues() {
        setLocal("plan_cache_mode = force_custom_plan");
    }

    /**
     * Commits the transaction without waiting for its write-ahead log to reach the disk: visible at
     * once, durable a moment later, lost only if the server crashes within that moment. For writes
     * nobody needs to survive a crash, such as an import's progress. It matters beside another
     * transaction that writes much: the log is one stream, so a small synchronous commit waits for
     * everything written before it (an import's progress, committed beside the import's open
     * transaction, waited 17-23 ms each for its log: 2 s of a 100k-row commit). MariaDB's setting is
     * the server's alone.
     */
    public void commitWithoutWaitingForTheDisk() {
        setLocal("synchronous_commit = off");
    }

    private void setLocal(String setting) {
        if (!postgres) {
            return;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("SET LOCAL " + setting + " is for a transaction, and none is active");
        }
        jdbc.sql("SET LOCAL " + setting).update();
    }
}
