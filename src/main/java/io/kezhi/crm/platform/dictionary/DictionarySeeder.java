package io.kezhi.crm.platform.dictionary;

import io.kezhi.crm.identity.CompanyDirectory;
import io.kezhi.crm.identity.CompanySetUp;
import io.kezhi.crm.platform.BuiltinDictionary;
import io.kezhi.crm.shared.tenant.TenantContext;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives every company the value lists the modules declare ({@link BuiltinDictionary} beans): when it
 * is set up, and at start-up for lists added by a newer version. A list the company already has is
 * left as the administrators made it.
 */
@Component
class DictionarySeeder {

    private final DictTypeRepository types;
    private final DictItemRepository items;
    private final CompanyDirectory companies;
    private final TransactionTemplate transactions;
    private final List<BuiltinDictionary> builtin;

    DictionarySeeder(DictTypeRepository types, DictItemRepository items, CompanyDirectory companies,
            TransactionTemplate transactions, List<BuiltinDictionary> builtin) {
        this.types = types;
        this.items = items;
        this.companies = companies;
        this.transactions = transactions;
        this.builtin = builtin;
    }

    @EventListener
    void onCompanySetUp(CompanySetUp event) {
        seedCurrentCompany();
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedExistingCompanies() {
        for (long companyId : companies.allCompanyIds()) {
            TenantContext.runAs(companyId, () -> transactions.executeWithoutResult(status -> seedCurrentCompany()));
        }
    }

    private void seedCurrentCompany() {
        for (BuiltinDictionary list : builtin) {
            if (types.findByCode(list.code()).isPresent()) {
                continue;
            }
            DictType type = types.save(new DictType(list.code(), list.name(), list.nameEn(), null, true));
            int order = 10;
            for (BuiltinDictionary.Value value : list.values()) {
                items.save(new DictItem(type.getId(), value.code(), value.label(), value.labelEn(), order));
                order += 10;
            }
        }
        types.flush();
    }
}
