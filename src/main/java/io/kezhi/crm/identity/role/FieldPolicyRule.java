package io.kezhi.crm.identity.role;

import io.kezhi.crm.identity.FieldAccess;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A role's rule for one field: hidden or read-only (editable is the default and not stored). */
@Embeddable
public class FieldPolicyRule {

    @Column(nullable = false, length = 40)
    private String entity;

    @Column(nullable = false, length = 60)
    private String field;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FieldAccess policy;

    protected FieldPolicyRule() {
    }

    public FieldPolicyRule(String entity, String field, FieldAccess policy) {
        this.entity = entity;
        this.field = field;
        this.policy = policy;
    }

    public String entity() {
        return entity;
    }

    public String field() {
        return field;
    }

    public FieldAccess policy() {
        return policy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldPolicyRule r && entity.equals(r.entity) && field.equals(r.field)
                && policy == r.policy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(entity, field, policy);
    }

    @Override
    public String toString() {
        return entity + "." + field + "=" + policy;
    }
}
