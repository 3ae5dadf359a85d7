package io.kezhi.crm.customer.settings;

import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.IdentityRecordTypes;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A company's customer settings (duplicate handling); defaults apply until an administrator saves. */
@Component
public class CustomerSettings {

    public record CustomerSettingsView(DuplicateMode duplicateMode) {
    }

    private final TenantJdbc jdbc;
    private final CurrentUser currentUser;

    CustomerSettings(TenantJdbc jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    public DuplicateMode duplicateMode() {
        return jdbc.sql("SELECT duplicate_mode FROM customer_settings WHERE tenant_id = :tenantId")
                .query(String.class).optional().map(DuplicateMode::valueOf).orElse(DuplicateMode.WARN);
    }

    public CustomerSettingsView view() {
        return new CustomerSettingsView(duplicateMode());
    }

    /** Changing the settings is part of company administration. */
    @Transactional
    public CustomerSettingsView update(DuplicateMode mode) {
        currentUser.require(IdentityRecordTypes.COMPANY, Operation.EDIT);
        int updated = jdbc.sql("UPDATE customer_settings SET duplicate_mode = :m, version = version + 1"
                + " WHERE tenant_id = :tenantId", Map.of("m", mode.name())).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO customer_settings (tenant_id, duplicate_mode, version) VALUES (:tenantId, :m, 0)",
                    Map.of("m", mode.name())).update();
        }
        return view();
    }
}
