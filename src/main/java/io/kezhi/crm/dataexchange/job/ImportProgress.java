package io.kezhi.crm.dataexchange.job;

import io.kezhi.crm.shared.db.TransactionSettings;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.spi.ImportCounts;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Status and counts of a running job, each change committed at once in a transaction of its own
 * (REQUIRES_NEW), so the progress bar moves while the import's own transaction is still open and
 * a failed import still records why it failed. The count of rows done is committed without waiting
 * for the disk ({@link TransactionSettings#commitWithoutWaitingForTheDisk}): beside a commit's open
 * transaction it would otherwise wait for all the log the import has written; a crash loses at most a
 * progress figure. The job's outcome (validated, done, failed) waits for the disk.
 */
@Component
class ImportProgress {

    private final TenantJdbc jdbc;
    private final TransactionSettings transactionSettings;
    private final TransactionTemplate separate;
    private final Clock clock;

    ImportProgress(TenantJdbc jdbc, TransactionSettings transactionSettings, PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactionSettings = transactionSettings;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    void processed(long jobId, int rows) {
        update(jobId, "processed_rows = :rows", Map.of("rows", rows), true);
    }

    void validated(long jobId, int totalRows, int errorCount) {
        update(jobId, "status = 'VALIDATED', total_rows = :total, processed_rows = :total, error_count = :errors,"
                + " finished_at = :now", Map.of("total", totalRows, "errors", errorCount, "now", clock.instant()),
                false);
    }

    void done(long jobId, int totalRows, ImportCounts counts) {
        update(jobId, "status = 'DONE', processed_rows = :total, created_count = :c, updated_count = :u,"
                + " skipped_count = :s, finished_at = :now", Map.of("total", totalRows, "c", counts.created(),
                        "u", counts.updated(), "s", counts.skipped(), "now", clock.instant()), false);
    }

    void failed(long jobId, String messageKey, List<String> args) {
        Map<String, Object> params = new HashMap<>();
        params.put("key", messageKey);
        params.put("args", args.isEmpty() ? null : String.join("\u001F", args));
        params.put("now", clock.instant());
        update(jobId, "status = 'FAILED', failure_key = :key, failure_args = :args, finished_at = :now", params,
                false);
    }

    private void update(long jobId, String set, Map<String, Object> values, boolean mayBeLostInACrash) {
        Map<String, Object> params = new HashMap<>(values);
        params.put("id", jobId);
        params.put("at", clock.instant());
        separate.executeWithoutResult(status -> {
            if (mayBeLostInACrash) {
                transactionSettings.commitWithoutWaitingForTheDisk();
            }
            jdbc.sql("UPDATE import_job SET " + set + ", updated_at = :at WHERE tenant_id = :tenantId AND id = :id",
                    params).update();
        });
    }
}
