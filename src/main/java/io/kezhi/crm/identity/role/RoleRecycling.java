package io.kezhi.crm.identity.role;

import io.kezhi.crm.identity.IdentityRecordTypes;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.EntityRecycling;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A role comes back with its matrix; purging removes its grants and assignments too. */
@Component
class RoleRecycling extends EntityRecycling<Role> {

    private static final String DELETED_ROLE = " AND EXISTS (SELECT 1 FROM app_role r WHERE r.id = :id"
            + " AND r.tenant_id = :tenantId AND r.deleted_at IS NOT NULL)";

    private final RoleRepository roles;

    RoleRecycling(RoleRepository roles, TenantJdbc jdbc) {
        super(IdentityRecordTypes.ROLE, Role.class, "app_role", "entity.role", jdbc);
        this.roles = roles;
    }

    @Override
    protected void checkRestorable(Role role) {
        if (roles.existsByNameIgnoreCase(role.getName())) {
            throw ApiException.conflict("validation.roleNameTaken", role.getName());
        }
    }

    @Override
    protected void deleteDependents(long id) {
        Map<String, Object> params = Map.of("id", id);
        jdbc.sql("DELETE FROM user_role WHERE role_id = :id" + DELETED_ROLE, params).update();
        jdbc.sql("DELETE FROM role_permission WHERE role_id = :id" + DELETED_ROLE, params).update();
        jdbc.sql("DELETE FROM role_field_policy WHERE role_id = :id" + DELETED_ROLE, params).update();
    }
}
