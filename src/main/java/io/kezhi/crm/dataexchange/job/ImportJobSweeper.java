package io.kezhi.crm.dataexchange.job;

import io.kezhi.crm.identity.CompanyDirectory;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.tenant.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once per cluster every few minutes ({@code kezhi.import.sweep-cron}): a job still VALIDATING or
 * COMMITTING without progress for {@value #STALLED_MINUTES} minutes lost its node (the database
 * rolled its import back) and is marked failed; unfinished jobs untouched for
 * {@value #ABANDONED_DAYS} days are discarded with their files.
 */
@Component
class ImportJobSweeper {

    private static final Logger log = LoggerFactory.getLogger(ImportJobSweeper.class);
    static final int STALLED_MINUTES = 30;
    static final int ABANDONED_DAYS = 7;

    private final CompanyDirectory companies;
    private final TenantJdbc jdbc;
    private final ImportErrors errors;
    private final ImportFileStore files;
    private final Clock clock;

    ImportJobSweeper(CompanyDirectory companies, TenantJdbc jdbc, ImportErrors errors, ImportFileStore files,
            Clock clock) {
        this.companies = companies;
        this.jdbc = jdbc;
        this.errors = errors;
        this.files = files;
        this.clock = clock;
    }

    @Scheduled(cron = "${kezhi.import.sweep-cron:0 */5 * * * *}")
    @SchedulerLock(name = "import-job-sweeper", lockAtMostFor = "PT10M")
    void run() {
        for (long companyId : companies.allCompanyIds()) {
            try {
                TenantContext.runAs(companyId, this::sweep);
            } catch (RuntimeException e) {
                log.error("Sweeping import jobs failed for company {}", companyId, e);
            }
        }
    }

    /** Sweeps the current company's jobs. */
    void sweep() {
        Instant now = clock.instant();
        int stalled = jdbc.sql("UPDATE import_job SET status = 'FAILED', failure_key = 'import.error.interrupted',"
                + " finished_at = :now, updated_at = :now WHERE tenant_id = :tenantId"
                + " AND status IN ('VALIDATING', 'COMMITTING') AND updated_at < :cutoff",
                Map.of("now", now, "cutoff", now.minus(Duration.ofMinutes(STALLED_MINUTES)))).update();
        record Abandoned(long id, String fileKey) {
        }
        List<Abandoned> abandoned = jdbc.sql("SELECT id, file_key FROM import_job WHERE tenant_id = :tenantId"
                + " AND status IN ('UPLOADED', 'VALIDATED', 'FAILED') AND updated_at < :cutoff",
                Map.of("cutoff", now.minus(Duration.ofDays(ABANDONED_DAYS)))).query(Abandoned.class).list();
        for (Abandoned job : abandoned) {
            errors.deleteAll(job.id());
            jdbc.sql("DELETE FROM import_job WHERE tenant_id = :tenantId AND id = :id", Map.of("id", job.id()))
                    .update();
            files.delete(job.fileKey());
        }
        if (stalled + abandoned.size() > 0) {
            log.info("Import jobs: {} stalled marked failed, {} abandoned discarded", stalled, abandoned.size());
        }
    }
}
