package io.kezhi.crm.shared.jpa;

import io.kezhi.crm.shared.tenant.TenantContext;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Loads a soft-deleted entity of the current company as a managed entity, bypassing its
 * {@code deleted_at IS NULL} restriction, so that restoring it is an ordinary audited update.
 */
public final class DeletedRecords {

    private DeletedRecords() {
    }

    public static <T extends SoftDeletableEntity> Optional<T> find(EntityManager em, Class<T> type, String table,
            long id) {
        List<?> rows = em.createNativeQuery("SELECT * FROM " + table
                        + " WHERE tenant_id = :tenantId AND id = :id AND deleted_at IS NOT NULL", type)
                .setParameter("tenantId", TenantContext.require())
                .setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst().map(type::cast);
    }
}
