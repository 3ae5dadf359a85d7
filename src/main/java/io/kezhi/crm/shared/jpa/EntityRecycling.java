package io.kezhi.crm.shared.jpa;

import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.spi.Recyclable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;

/**
 * The usual recycle-bin handler for a soft-deletable entity: restoring loads the deleted row as a
 * managed entity and clears its deletion (an ordinary, audited update); purging deletes the row and
 * whatever exists only through it. Subclasses add checks and dependent rows.
 */
public abstract class EntityRecycling<T extends SoftDeletableEntity> implements Recyclable {

    private final String type;
    private final Class<T> entityClass;
    private final String table;
    private final String labelKey;
    protected final TenantJdbc jdbc;

    @PersistenceContext
    private EntityManager em;

    protected EntityRecycling(String type, Class<T> entityClass, String table, String labelKey, TenantJdbc jdbc) {
        this.type = type;
        this.entityClass = entityClass;
        this.table = table;
        this.labelKey = labelKey;
        this.jdbc = jdbc;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    @Transactional
    public void restore(long id) {
        T entity = DeletedRecords.find(em, entityClass, table, id).orElseThrow(() -> ApiException.notFound(labelKey));
        checkRestorable(entity);
        entity.restore();
        em.flush();
    }

    @Override
    @Transactional
    public void purge(long id) {
        deleteDependents(id);
        jdbc.sql("DELETE FROM " + table + " WHERE tenant_id = :tenantId AND id = :id AND deleted_at IS NOT NULL",
                Map.of("id", id)).update();
    }

    /** Throw an {@code ApiException} when the record cannot come back (e.g. its name is taken). */
    protected void checkRestorable(T entity) {
    }

    /** Remove rows that exist only through this record, before it is purged. */
    protected void deleteDependents(long id) {
    }
}
