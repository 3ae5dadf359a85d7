package io.kezhi.crm.identity.role;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.FieldAccess;
import io.kezhi.crm.identity.Operation;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** A role with its matrix; the built-in administrator role lists no grants because it holds all. */
public record RoleView(long id, String name, String description, boolean builtin, long userCount,
        List<Grant> permissions, List<FieldRule> fieldPolicies, Instant createdAt, Instant updatedAt, long version) {

    public record Grant(String module, Operation operation, DataScope scope) {
    }

    public record FieldRule(String entity, String field, FieldAccess policy) {
    }

    static RoleView of(Role role, long userCount) {
        List<Grant> grants = role.getPermissions().stream()
                .map(g -> new Grant(g.module(), g.operation(), g.dataScope()))
                .sorted(Comparator.comparing(Grant::module).thenComparing(Grant::operation)).toList();
        List<FieldRule> rules = role.getFieldPolicies().stream()
                .map(r -> new FieldRule(r.entity(), r.field(), r.policy()))
                .sorted(Comparator.comparing(FieldRule::entity).thenComparing(FieldRule::field)).toList();
        return new RoleView(role.getId(), role.getName(), role.getDescription(), role.isBuiltin(), userCount, grants,
                rules, role.getCreatedAt(), role.getUpdatedAt(), role.getVersion());
    }
}
