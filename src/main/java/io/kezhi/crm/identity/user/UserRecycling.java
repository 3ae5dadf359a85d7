package io.kezhi.crm.identity.user;

import io.kezhi.crm.identity.IdentityRecordTypes;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.EntityRecycling;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A user comes back only into a live department; purging removes their role links and tokens. */
@Component
class UserRecycling extends EntityRecycling<AppUser> {

    UserRecycling(TenantJdbc jdbc) {
        super(IdentityRecordTypes.USER, AppUser.class, "app_user", "entity.user", jdbc);
    }

    @Override
    protected void checkRestorable(AppUser user) {
        long liveDepartment = jdbc.sql("SELECT COUNT(*) FROM department WHERE tenant_id = :tenantId AND id = :id"
                + " AND deleted_at IS NULL", Map.of("id", user.getDepartmentId())).query(Long.class).single();
        if (liveDepartment == 0) {
            throw ApiException.conflict("error.restoreDepartmentFirst");
        }
    }

    @Override
    protected void deleteDependents(long id) {
        Map<String, Object> params = Map.of("id", id);
        jdbc.sql("DELETE FROM user_role WHERE user_id = :id AND EXISTS (SELECT 1 FROM app_user u WHERE u.id = :id"
                + " AND u.tenant_id = :tenantId AND u.deleted_at IS NOT NULL)", params).update();
        jdbc.sql("DELETE FROM api_token WHERE tenant_id = :tenantId AND user_id = :id", params).update();
    }
}
