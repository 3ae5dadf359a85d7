package io.kezhi.crm.customer.pool;

import io.kezhi.crm.identity.CompanyDirectory;
import io.kezhi.crm.shared.tenant.TenantContext;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies every company's pool rules once per cluster ({@code kezhi.customer-pool.rules-cron},
 * default 01:10 every night): warns owners, then returns neglected customers to their pools.
 */
@Component
class PoolReturnJob {

    private static final Logger log = LoggerFactory.getLogger(PoolReturnJob.class);

    private final CompanyDirectory companies;
    private final PoolRules rules;

    PoolReturnJob(CompanyDirectory companies, PoolRules rules) {
        this.companies = companies;
        this.rules = rules;
    }

    @Scheduled(cron = "${kezhi.customer-pool.rules-cron:0 10 1 * * *}")
    @SchedulerLock(name = "customer-pool-rules", lockAtMostFor = "PT2H")
    void run() {
        PoolRules.Outcome total = new PoolRules.Outcome(0, 0);
        for (long companyId : companies.allCompanyIds()) {
            try {
                total = total.plus(TenantContext.callAs(companyId, rules::applyAll));
            } catch (RuntimeException e) {
                log.error("Customer pool rules failed for company {}", companyId, e);
            }
        }
        log.info("Customer pool rules returned {} customers and warned about {}", total.returned(), total.warned());
    }
}
