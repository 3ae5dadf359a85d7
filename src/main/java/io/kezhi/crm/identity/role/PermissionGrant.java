package io.kezhi.crm.identity.role;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.Operation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One cell of a role's permission matrix: a module, an operation and how far it reaches. */
@Embeddable
public class PermissionGrant {

    @Column(nullable = false, length = 40)
    private String module;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Operation operation;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_scope", nullable = false, length = 16)
    private DataScope dataScope;

    protected PermissionGrant() {
    }

    public PermissionGrant(String module, Operation operation, DataScope dataScope) {
        this.module = module;
        this.operation = operation;
        this.dataScope = dataScope;
    }

    public String module() {
        return module;
    }

    public Operation operation() {
        return operation;
    }

    public DataScope dataScope() {
        return dataScope;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PermissionGrant g && module.equals(g.module) && operation == g.operation
                && dataScope == g.dataScope;
    }

    @Override
    public int hashCode() {
        return Objects.hash(module, operation, dataScope);
    }

    @Override
    public String toString() {
        return module + ":" + operation + ":" + dataScope;
    }
}
