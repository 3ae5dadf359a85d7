package io.kezhi.crm.identity;

import java.util.List;
import java.util.Set;

/**
 * A row of the role permission matrix, declared as a bean by the module that owns it.
 *
 * @param key        stable key stored in role permissions, e.g. {@code customer}
 * @param labelKey   message key of its name
 * @param scoped     whether grants carry a data scope (records with owners) or are simply on/off
 * @param operations the operations that make sense for it
 * @param order      position in the matrix
 */
public record PermissionModule(String key, String labelKey, boolean scoped, Set<Operation> operations, int order) {

    public PermissionModule {
        operations = Set.copyOf(operations);
    }

    public List<Operation> orderedOperations() {
        return operations.stream().sorted().toList();
    }
}
