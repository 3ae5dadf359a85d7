package io.kezhi.crm.identity.access;

import io.kezhi.crm.identity.AccessProfile;
import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.FieldAccess;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Component;

/** Loads an {@link AccessProfile} with three small indexed queries (user, grants, field policies). */
@Component
public class AccessProfileLoader {

    private static final int MAX_SUPERIOR_DEPTH = 64;

    private final TenantJdbc jdbc;

    AccessProfileLoader(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public AccessProfile load(long userId) {
        record UserRow(long id, long tenantId, String username, String displayName, long departmentId,
                String deptPath, String status) {
        }
        UserRow user = jdbc.sql("""
                SELECT id, tenant_id, username, display_name, department_id, dept_path, status
                FROM app_user WHERE tenant_id = :tenantId AND id = :id AND deleted_at IS NULL""",
                Map.of("id", userId))
                .query(UserRow.class).optional()
                .orElseThrow(() -> new DisabledException("User " + userId + " no longer exists"));
        if (!"ACTIVE".equals(user.status())) {
            throw new DisabledException("User " + userId + " is not active");
        }
        record RoleRow(long id, boolean builtin) {
        }
        List<RoleRow> roles = jdbc.sql("""
                SELECT r.id, r.builtin FROM user_role ur JOIN app_role r ON r.id = ur.role_id
                WHERE r.tenant_id = :tenantId AND ur.user_id = :userId AND r.deleted_at IS NULL""",
                Map.of("userId", userId)).query(RoleRow.class).list();
        boolean admin = roles.stream().anyMatch(RoleRow::builtin);

        Map<String, Map<Operation, DataScope>> grants = new HashMap<>();
        Map<String, Map<String, FieldAccess>> fieldAccess = new HashMap<>();
        if (!admin && !roles.isEmpty()) {
            List<Long> roleIds = roles.stream().map(RoleRow::id).toList();
            jdbc.sql("""
                    SELECT rp.module, rp.operation, rp.data_scope FROM role_permission rp
                    JOIN app_role r ON r.id = rp.role_id
                    WHERE r.tenant_id = :tenantId AND rp.role_id IN (:roleIds)""", Map.of("roleIds", roleIds))
                    .query((rs, i) -> {
                        Map<Operation, DataScope> ops = grants.computeIfAbsent(rs.getString(1), k -> new HashMap<>());
                        Operation op = Operation.valueOf(rs.getString(2));
                        ops.merge(op, DataScope.valueOf(rs.getString(3)), DataScope::widest);
                        return null;
                    }).list();
            fieldAccess.putAll(mergeFieldPolicies(roleIds));
        }
        return new AccessProfile(user.id(), user.tenantId(), user.username(), user.displayName(),
                user.departmentId(), user.deptPath(), admin, grants, fieldAccess, () -> subordinatesOf(userId),
                () -> departmentTreeOf(user.deptPath()));
    }

    /**
     * A field is hidden or read-only only if every one of the user's roles says so; the most
     * permissive rule wins, and a role without a rule for the field leaves it editable.
     */
    private Map<String, Map<String, FieldAccess>> mergeFieldPolicies(List<Long> roleIds) {
        Map<String, Map<String, FieldAccess>> merged = new HashMap<>();
        Map<String, Integer> rulesPerField = new HashMap<>();
        jdbc.sql("""
                SELECT fp.entity, fp.field, fp.policy FROM role_field_policy fp
                JOIN app_role r ON r.id = fp.role_id
                WHERE r.tenant_id = :tenantId AND fp.role_id IN (:roleIds)""", Map.of("roleIds", roleIds))
                .query((rs, i) -> {
                    String entity = rs.getString(1);
                    String field = rs.getString(2);
                    FieldAccess access = FieldAccess.valueOf(rs.getString(3));
                    merged.computeIfAbsent(entity, k -> new HashMap<>()).merge(field, access,
                            FieldAccess::mostPermissive);
                    rulesPerField.merge(entity + "." + field, 1, Integer::sum);
                    return null;
                }).list();
        merged.forEach((entity, fields) -> fields.keySet().removeIf(
                field -> rulesPerField.get(entity + "." + field) < roleIds.size()));
        merged.values().removeIf(Map::isEmpty);
        return merged;
    }

    /** The department with this path and all below it, deleted ones included. */
    private List<Long> departmentTreeOf(String path) {
        return jdbc.sql("SELECT id FROM department WHERE tenant_id = :tenantId AND path LIKE :prefix ORDER BY id",
                Map.of("prefix", path + "%")).query(Long.class).list();
    }

    private AccessProfile.Subordinates subordinatesOf(long userId) {
        Set<Long> direct = new HashSet<>();
        Set<Long> all = new HashSet<>();
        jdbc.sql("""
                WITH RECURSIVE sub (id, lvl) AS (
                    SELECT id, 1 FROM app_user WHERE tenant_id = :tenantId AND superior_id = :userId
                    UNION ALL
                    SELECT u.id, s.lvl + 1 FROM app_user u JOIN sub s ON u.superior_id = s.id
                    WHERE u.tenant_id = :tenantId AND s.lvl < :maxDepth
                )
                SELECT id, lvl FROM sub""", Map.of("userId", userId, "maxDepth", MAX_SUPERIOR_DEPTH))
                .query((rs, i) -> {
                    long id = rs.getLong(1);
                    if (id != userId) {
                        all.add(id);
                        if (rs.getInt(2) == 1) {
                            direct.add(id);
                        }
                    }
                    return null;
                }).list();
        return new AccessProfile.Subordinates(Set.copyOf(direct), Set.copyOf(all));
    }
}
