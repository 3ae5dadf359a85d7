package io.kezhi.crm.customer.pool;

import io.kezhi.crm.identity.CompanyDirectory;
import io.kezhi.crm.identity.CompanySetUp;
import io.kezhi.crm.shared.tenant.TenantContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Every company has a pool at its root (公司公海), where customers go when no nearer pool serves. */
@Component
class CompanyPoolSeeder {

    private final PoolDirectory pools;
    private final CompanyDirectory companies;
    private final TransactionTemplate transactions;

    CompanyPoolSeeder(PoolDirectory pools, CompanyDirectory companies, TransactionTemplate transactions) {
        this.pools = pools;
        this.companies = companies;
        this.transactions = transactions;
    }

    @EventListener
    void onCompanySetUp(CompanySetUp event) {
        pools.poolFor("/");
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedExistingCompanies() {
        for (long companyId : companies.allCompanyIds()) {
            TenantContext.runAs(companyId, () -> transactions.executeWithoutResult(status -> pools.poolFor("/")));
        }
    }
}
