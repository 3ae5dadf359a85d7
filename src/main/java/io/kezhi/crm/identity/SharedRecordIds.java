package io.kezhi.crm.identity;

import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The ids of the records of one type shared with a user, directly or with a department above them,
 * looked up once per request. Named in a scope predicate as {@code id IN (...)} they let the
 * database combine the owner, department and share branches through their indexes (a bitmap OR),
 * where a correlated {@code EXISTS} under {@code OR} forces it to test row after row. When a user
 * has more shared records than {@link #MAX_LISTED}, the predicate keeps the {@code EXISTS}.
 */
@Component
class SharedRecordIds {

    static final int MAX_LISTED = 1000;
    private static final String ATTRIBUTE = SharedRecordIds.class.getName() + ".";

    private final TenantJdbc jdbc;

    SharedRecordIds(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The shared ids, or empty when there are too many to name. */
    @SuppressWarnings("unchecked")
    Optional<List<Long>> find(String subjectType, long userId, List<Long> departments, boolean readWriteOnly) {
        String key = ATTRIBUTE + subjectType + "." + userId + "." + readWriteOnly;
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Optional<?> known) {
            return (Optional<List<Long>>) known;
        }
        List<Long> ids = jdbc.sql("SELECT DISTINCT subject_id FROM record_share WHERE tenant_id = :tenantId"
                + " AND subject_type = :type AND grantee_type IN ('USER', 'DEPARTMENT')"
                + " AND grantee_id IN (:user, :departments)" // the pairs' superset: see ScopeCriteria.shareConditions
                + " AND ((grantee_type = 'USER' AND grantee_id = :user)"
                + " OR (grantee_type = 'DEPARTMENT' AND grantee_id IN (:departments)))"
                + (readWriteOnly ? " AND access_level = 'READ_WRITE'" : "") + " ORDER BY subject_id LIMIT :limit",
                Map.of("type", subjectType, "user", userId, "departments", departments, "limit", MAX_LISTED + 1))
                .query(Long.class).list();
        Optional<List<Long>> found = ids.size() > MAX_LISTED ? Optional.empty() : Optional.of(List.copyOf(ids));
        if (request != null) {
            request.setAttribute(key, found, RequestAttributes.SCOPE_REQUEST);
        }
        return found;
    }
}
