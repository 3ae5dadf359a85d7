package io.kezhi.crm.platform.recycle;

import io.kezhi.crm.identity.CompanyDirectory;
import io.kezhi.crm.shared.tenant.TenantContext;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes recycle-bin entries past their company's retention, once per cluster
 * ({@code kezhi.recycle-bin.purge-cron}, default 03:30 every night).
 */
@Component
class RecycleBinPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(RecycleBinPurgeJob.class);
    private static final int BATCH = 200;

    private final CompanyDirectory companies;
    private final RecycleBin bin;
    private final Clock clock;

    RecycleBinPurgeJob(CompanyDirectory companies, RecycleBin bin, Clock clock) {
        this.companies = companies;
        this.bin = bin;
        this.clock = clock;
    }

    @Scheduled(cron = "${kezhi.recycle-bin.purge-cron:0 30 3 * * *}")
    @SchedulerLock(name = "recycle-bin-purge")
    void purge() {
        purgeAll(clock.instant());
    }

    /** Purges every company's expired entries; returns how many records were removed. */
    int purgeAll(Instant now) {
        int total = 0;
        for (long companyId : companies.allCompanyIds()) {
            try {
                int purged;
                do {
                    purged = TenantContext.callAs(companyId, () -> bin.purgeExpired(now));
                    total += purged;
                } while (purged == BATCH);
            } catch (RuntimeException e) {
                log.error("Recycle bin purge failed for company {}", companyId, e);
            }
        }
        if (total > 0) {
            log.info("Recycle bin purge removed {} records", total);
        }
        return total;
    }
}
