package io.kezhi.crm.identity.role;

import io.kezhi.crm.identity.AccessRelevant;
import io.kezhi.crm.shared.jpa.OrderedIgnoringCase;
import io.kezhi.crm.shared.jpa.SoftDeletableEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;

/**
 * A named set of grants. The built-in administrator role holds every permission implicitly (so new
 * modules need no data migration) and cannot be changed or deleted.
 */
@Entity
@Table(name = "app_role")
@Audited
@DynamicUpdate
@SQLRestriction("deleted_at IS NULL")
public class Role extends SoftDeletableEntity implements AccessRelevant {

    @Column(nullable = false, length = 64)
    @OrderedIgnoringCase
    private String name;

    @Column(length = 255)
    private String description;

    @Column(nullable = false, updatable = false)
    private boolean builtin;

    @ElementCollection
    @CollectionTable(name = "role_permission", joinColumns = @JoinColumn(name = "role_id"))
    private Set<PermissionGrant> permissions = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "role_field_policy", joinColumns = @JoinColumn(name = "role_id"))
    private Set<FieldPolicyRule> fieldPolicies = new HashSet<>();

    protected Role() {
    }

    Role(String name, String description, boolean builtin) {
        this.name = name;
        this.description = description;
        this.builtin = builtin;
    }

    void describe(String name, String description) {
        this.name = name;
        this.description = description;
    }

    void replacePermissions(Set<PermissionGrant> grants) {
        permissions.clear();
        permissions.addAll(grants);
    }

    void replaceFieldPolicies(Set<FieldPolicyRule> rules) {
        fieldPolicies.clear();
        fieldPolicies.addAll(rules);
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public Set<PermissionGrant> getPermissions() {
        return Set.copyOf(permissions);
    }

    public Set<FieldPolicyRule> getFieldPolicies() {
        return Set.copyOf(fieldPolicies);
    }
}
