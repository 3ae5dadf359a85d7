package io.kezhi.crm.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.util.function.SingletonSupplier;

/**
 * Everything the permission checks need about the acting user, loaded once per request: the
 * department and its ancestors, the widest scope per module and operation over all roles, the
 * field policies (most permissive over all roles), and, on first use, the subordinates and the
 * departments below the user's.
 */
public final class AccessProfile {

    /** Subordinates by the superior chain: direct reports and everyone below. */
    public record Subordinates(Set<Long> direct, Set<Long> all) {
    }

    private final long userId;
    private final long tenantId;
    private final String username;
    private final String displayName;
    private final long departmentId;
    private final String departmentPath;
    private final boolean admin;
    private final Map<String, Map<Operation, DataScope>> grants;
    private final Map<String, Map<String, FieldAccess>> fieldAccess;
    /** Loaded on first use, once (the profile is shared by the requests of one access version). */
    private final SingletonSupplier<Subordinates> subordinates;
    private final SingletonSupplier<List<Long>> departmentTree;

    public AccessProfile(long userId, long tenantId, String username, String displayName, long departmentId,
            String departmentPath, boolean admin, Map<String, Map<Operation, DataScope>> grants,
            Map<String, Map<String, FieldAccess>> fieldAccess, Supplier<Subordinates> subordinates,
            Supplier<List<Long>> departmentTree) {
        this.userId = userId;
        this.tenantId = tenantId;
        this.username = username;
        this.displayName = displayName;
        this.departmentId = departmentId;
        this.departmentPath = departmentPath;
        this.admin = admin;
        this.grants = Map.copyOf(grants);
        this.fieldAccess = Map.copyOf(fieldAccess);
        this.subordinates = SingletonSupplier.of(subordinates);
        this.departmentTree = SingletonSupplier.of(() -> List.copyOf(departmentTree.get()));
    }

    public long userId() {
        return userId;
    }

    public long tenantId() {
        return tenantId;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public long departmentId() {
        return departmentId;
    }

    public String departmentPath() {
        return departmentPath;
    }

    /** Holds the built-in administrator role: every operation on every record. */
    public boolean admin() {
        return admin;
    }

    /** The widest scope over the user's roles for the operation, empty when no role grants it. */
    public Optional<DataScope> scopeOf(String module, Operation operation) {
        if (admin) {
            return Optional.of(DataScope.ALL);
        }
        return Optional.ofNullable(grants.getOrDefault(module, Map.of()).get(operation));
    }

    public boolean can(String module, Operation operation) {
        return scopeOf(module, operation).isPresent();
    }

    /** Granted operations by module, for the client to show only what the user may do. */
    public Map<String, Map<Operation, DataScope>> grants() {
        return grants;
    }

    public FieldAccess fieldAccess(String entity, String field) {
        if (admin) {
            return FieldAccess.EDITABLE;
        }
        return fieldAccess.getOrDefault(entity, Map.of()).getOrDefault(field, FieldAccess.EDITABLE);
    }

    /** Non-editable fields by entity (editable is the default and omitted). */
    public Map<String, Map<String, FieldAccess>> fieldPolicies() {
        return admin ? Map.of() : fieldAccess;
    }

    public Subordinates subordinates() {
        return subordinates.obtain();
    }

    /**
     * Ids of the user's department and every department below it, deleted ones included (records may
     * still be placed in them): the department tree as ids, which an index on the record's department
     * id serves, where the path prefix needs an index of its own. Loaded on first use.
     */
    public List<Long> departmentTree() {
        return departmentTree.obtain();
    }

    /** Ids of the user's department and every department above it, from the path. */
    public List<Long> departmentAndAncestors() {
        List<Long> ids = new ArrayList<>();
        for (String part : departmentPath.split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        return ids;
    }
}
