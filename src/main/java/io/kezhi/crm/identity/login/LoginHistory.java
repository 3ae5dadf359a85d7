package io.kezhi.crm.identity.login;

import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.IdentityRecordTypes;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.RecordType;
import io.kezhi.crm.identity.ResolvedScope;
import io.kezhi.crm.shared.jpa.Likes;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

/**
 * Login history. A user always sees their own; with the login-log permission, those of the users in
 * their scope (the scope applies to the user the event belongs to). Failed attempts for names that
 * match no user are visible to company-wide scope only.
 */
@Service
class LoginHistory {

    static final Map<String, String> SORTS = Map.of("occurredAt", "e.occurred_at");

    record LoginHistoryEntry(long id, Long userId, String username, String displayName, String eventType, String result,
            String ip, String userAgent, Instant occurredAt) {
    }

    record Filter(Long userId, String q, String result, Instant from, Instant to) {
    }

    /** The login log as a record type: scope is checked on the user an event belongs to. */
    @Configuration(proxyBeanMethods = false)
    static class LoginLogRecordType {
        @Bean
        RecordType loginLogRecordType() {
            return RecordType.builder(IdentityRecordTypes.LOGIN_LOG, IdentityRecordTypes.LOGIN_LOG, "app_user")
                    .ownerId("id", "id").ownerDeptId("department_id", "departmentId")
                    .ownerDeptPath("dept_path", "deptPath").titleColumn("display_name").build();
        }
    }

    private final TenantJdbc jdbc;
    private final CurrentUser currentUser;
    private final RecordType loginLogType;

    LoginHistory(TenantJdbc jdbc, CurrentUser currentUser, RecordType loginLogRecordType) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.loginLogType = loginLogRecordType;
    }

    PageResult<LoginHistoryEntry> ofScope(Filter filter, ListQuery query) {
        ResolvedScope scope = currentUser.scope(loginLogType, Operation.VIEW);
        String scopeSql = scope.unrestricted() ? "1=1" : "(u.id IS NOT NULL AND " + scope.sql(loginLogType, "u") + ")";
        return page(filter, query, scopeSql, scope.sqlParameters(loginLogType));
    }

    PageResult<LoginHistoryEntry> own(Filter filter, ListQuery query) {
        return page(new Filter(currentUser.id(), null, filter.result(), filter.from(), filter.to()), query, "1=1",
                Map.of());
    }

    private PageResult<LoginHistoryEntry> page(Filter filter, ListQuery query, String scopeSql, Map<String, Object> scopeParams) {
        Map<String, Object> params = new HashMap<>(scopeParams);
        StringBuilder where = new StringBuilder("e.tenant_id = :tenantId AND ").append(scopeSql);
        if (filter.userId() != null) {
            where.append(" AND e.user_id = :userId");
            params.put("userId", filter.userId());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" AND (e.username LIKE :q ESCAPE '!' OR LOWER(u.display_name) LIKE :q ESCAPE '!')");
            params.put("q", Likes.contains(filter.q()));
        }
        if (filter.result() != null) {
            where.append(" AND e.result = :result");
            params.put("result", filter.result());
        }
        if (filter.from() != null) {
            where.append(" AND e.occurred_at >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND e.occurred_at < :to");
            params.put("to", filter.to());
        }
        String order = query.sort().stream().map(o -> o.property() + (o.ascending() ? " ASC" : " DESC"))
                .reduce((a, b) -> a + ", " + b).orElse("e.occurred_at DESC");
        params.put("limit", query.size() + 1);
        params.put("offset", query.offset());
        List<LoginHistoryEntry> rows = jdbc.sql("""
                SELECT e.id, e.user_id, e.username, u.display_name, e.event_type, e.result, e.ip, e.user_agent,
                       e.occurred_at
                FROM login_event e LEFT JOIN app_user u ON u.id = e.user_id AND u.tenant_id = e.tenant_id
                WHERE """ + " " + where + " ORDER BY " + order + ", e.id DESC LIMIT :limit OFFSET :offset", params)
                .query((rs, i) -> new LoginHistoryEntry(rs.getLong("id"), (Long) rs.getObject("user_id", Long.class),
                        rs.getString("username"), rs.getString("display_name"), rs.getString("event_type"),
                        rs.getString("result"), rs.getString("ip"), rs.getString("user_agent"),
                        jdbc.instant(rs, 9)))
                .list();
        Long total = null;
        if (query.includeTotal()) {
            total = jdbc.sql("SELECT COUNT(*) FROM login_event e LEFT JOIN app_user u ON u.id = e.user_id"
                    + " AND u.tenant_id = e.tenant_id WHERE " + where, params).query(Long.class).single();
        }
        return PageResult.fromOverfetch(rows, query, total);
    }
}
