package io.kezhi.crm.identity;

import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Loads single records only through the data-scope predicate: a record outside the caller's scope
 * answers exactly like one that does not exist (404), whatever the verb.
 */
@Component
public class ScopedRecords {

    private final CurrentUser currentUser;
    private final TenantJdbc jdbc;

    @PersistenceContext
    private EntityManager em;

    ScopedRecords(CurrentUser currentUser, TenantJdbc jdbc) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** The entity with this id if the caller may perform the operation on it, else 404 (403 if never). */
    public <T> T require(RecordType type, Class<T> entityClass, long id, Operation operation) {
        return find(type, entityClass, id, operation)
                .orElseThrow(() -> ApiException.notFound(type.labelKey()));
    }

    public <T> Optional<T> find(RecordType type, Class<T> entityClass, long id, Operation operation) {
        ResolvedScope scope = currentUser.scope(type, operation);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> cq = cb.createQuery(entityClass);
        Root<T> root = cq.from(entityClass);
        cq.where(cb.equal(root.get("id"), id), scope.<T>specification(type).toPredicate(root, cq, cb));
        List<T> found = em.createQuery(cq).setMaxResults(1).getResultList();
        return found.stream().findFirst();
    }

    /** Of the given ids, those the caller may perform the operation on (for batch actions). */
    public List<Long> permittedIds(RecordType type, List<Long> ids, Operation operation) {
        if (ids.isEmpty()) {
            return List.of();
        }
        ResolvedScope scope = currentUser.scope(type, operation);
        Map<String, Object> params = new java.util.HashMap<>(scope.sqlParameters(type));
        params.put("ids", ids);
        String live = type.softDelete() ? " AND t.deleted_at IS NULL" : "";
        return jdbc.sql("SELECT t.id FROM " + type.table() + " t WHERE t.tenant_id = :tenantId AND t.id IN (:ids)"
                + live + " AND " + scope.sql(type, "t"), params).query(Long.class).list();
    }

    /** Whether the caller may perform the operation on the record (no 403 when not granted). */
    public boolean permits(RecordType type, long id, Operation operation) {
        if (!currentUser.profile().can(type.permissionModule(), operation)) {
            return false;
        }
        return !permittedIds(type, List.of(id), operation).isEmpty();
    }
}
