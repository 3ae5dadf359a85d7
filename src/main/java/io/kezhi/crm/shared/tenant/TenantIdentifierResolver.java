package io.kezhi.crm.shared.tenant;

import java.util.Map;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/** Tells Hibernate which company's rows an entity manager sees ({@code @TenantId} columns). */
@Component
class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<Long>, HibernatePropertiesCustomizer {

    /** Guards against re-entry: reading the principal must never itself need an entity manager. */
    private static final ThreadLocal<Boolean> RESOLVING = ThreadLocal.withInitial(() -> false);

    @Override
    public Long resolveCurrentTenantIdentifier() {
        if (RESOLVING.get()) {
            return TenantContext.NO_TENANT;
        }
        RESOLVING.set(true);
        try {
            return TenantContext.current().orElse(TenantContext.NO_TENANT);
        } finally {
            RESOLVING.set(false);
        }
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
    }
}
