package io.kezhi.crm.shared.db;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets the current transaction commit without waiting for its write-ahead log to reach the disk
 * ({@code SET LOCAL synchronous_commit = off}): visible at once, durable a moment later, lost only if
 * the server crashes within that moment. For writes nobody needs to survive a crash, such as an
 * import's progress. It matters when another transaction is writing much: the log is one stream, so a
 * small synchronous commit waits for everything written before it (an import's progress, committed
 * beside the import's own open transaction, waited 17-23 ms each for the import's log; 2 s of a
 * 100k-row commit). Nothing on MariaDB, whose setting is the server's alone.
 */
@Component
public class AsynchronousCommit {

    private final JdbcClient jdbc;
    private final boolean postgres;

    AsynchronousCommit(JdbcClient jdbc, SqlVendor vendor) {
        this.jdbc = jdbc;
        this.postgres = vendor == SqlVendor.POSTGRESQL;
    }

    /** For the current transaction, which must exist: outside one it would outlive the work. */
    public void forThisTransaction() {
        if (!postgres) {
            return;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an asynchronous commit is set for a transaction, and none is active");
        }
        jdbc.sql("SET LOCAL synchronous_commit = off").update();
    }
}
