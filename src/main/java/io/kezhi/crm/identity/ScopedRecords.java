package io.kezhi.crm.identity;

import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.TenantCriteria;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Loads single records only through the data-scope predicate: a record outside the caller's scope
 * answers exactly like one that does not exist (404), whatever the verb.
 */
@Component
public class ScopedRecords {

    private final CurrentUser currentUser;
    private final TenantJdbc jdbc;
    private final TenantCriteria criteria;

    @PersistenceContext
    private EntityManager em;

    ScopedRecords(CurrentUser currentUser, TenantJdbc jdbc, TenantCriteria criteria) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.criteria = criteria;
    }

    /** The entity with this id if the caller may perform the operation on it, else 404 (403 if never). */
    public <T> T require(RecordType type, Class<T> entityClass, long id, Operation operation) {
        return find(type, entityClass, id, operation)
                .orElseThrow(() -> ApiException.notFound(type.labelKey()));
    }

    public <T> Optional<T> find(RecordType type, Class<T> entityClass, long id, Operation operation) {
        ResolvedScope scope = currentUser.scope(type, operation).forFewRecords();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> cq = cb.createQuery(entityClass);
        Root<T> root = cq.from(entityClass);
        cq.where(cb.equal(root.get("id"), id), scope.<T>specification(type).toPredicate(root, cq, cb));
        List<T> found = criteria.list(cq, q -> q.setMaxResults(1));
        return found.stream().findFirst();
    }

    /** Of the given ids, those the caller may perform the operation on (for batch actions). */
    public List<Long> permittedIds(RecordType type, List<Long> ids, Operation operation) {
        if (ids.isEmpty()) {
            return List.of();
        }
        ResolvedScope scope = currentUser.scope(type, operation).forFewRecords();
        Map<String, Object> params = new HashMap<>(scope.sqlParameters(type));
        params.put("ids", ids);
        String live = type.softDelete() ? " AND t.deleted_at IS NULL" : "";
        return jdbc.sql("SELECT t.id FROM " + type.table() + " t WHERE t.tenant_id = :tenantId AND t.id IN (:ids)"
                + live + " AND " + scope.sql(type, "t"), params).query(Long.class).list();
    }

    /**
     * Of these operations, those the caller may perform on the record (no 403 for those not granted):
     * one query that renders each granted operation's scope as a column.
     */
    public Set<Operation> permittedOperations(RecordType type, long id, Set<Operation> operations) {
        Set<Operation> permitted = EnumSet.noneOf(Operation.class);
        List<Operation> granted = operations.stream()
                .filter(op -> currentUser.profile().can(type.permissionModule(), op)).sorted().toList();
        if (granted.isEmpty()) {
            return permitted;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < granted.size(); i++) {
            ResolvedScope scope = currentUser.scope(type, granted.get(i)).forFewRecords();
            String prefix = "kzOp" + i;
            columns.add("CASE WHEN " + scope.sql(type, "t", prefix) + " THEN 1 ELSE 0 END");
            params.putAll(scope.sqlParameters(type, prefix));
        }
        String live = type.softDelete() ? " AND t.deleted_at IS NULL" : "";
        jdbc.sql("SELECT " + String.join(", ", columns) + " FROM " + type.table() + " t"
                + " WHERE t.tenant_id = :tenantId AND t.id = :id" + live, params).query(rs -> {
                    for (int i = 0; i < granted.size(); i++) {
                        if (rs.getInt(i + 1) == 1) {
                            permitted.add(granted.get(i));
                        }
                    }
                });
        return permitted;
    }

    /** Whether the caller may perform the operation on the record (no 403 when not granted). */
    public boolean permits(RecordType type, long id, Operation operation) {
        if (!currentUser.profile().can(type.permissionModule(), operation)) {
            return false;
        }
        return !permittedIds(type, List.of(id), operation).isEmpty();
    }
}
