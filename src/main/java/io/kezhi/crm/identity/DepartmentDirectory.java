package io.kezhi.crm.identity;

import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Department facts for other modules and for pickers: every signed-in user may see the
 * names of the company's departments (a phone book), not what they hold.
 */
@Component
public class DepartmentDirectory {

    public record DirectoryDepartment(long id, Long parentId, String name, String path, int depth, int sortOrder,
            boolean enabled) {
    }

    private final TenantJdbc jdbc;

    DepartmentDirectory(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DirectoryDepartment> find(long id) {
        return jdbc.sql("""
                SELECT id, parent_id, name, path, depth, sort_order, enabled FROM department
                WHERE tenant_id = :tenantId AND id = :id AND deleted_at IS NULL""", Map.of("id", id))
                .query(DirectoryDepartment.class).optional();
    }

    public List<DirectoryDepartment> all() {
        return jdbc.sql("""
                SELECT id, parent_id, name, path, depth, sort_order, enabled FROM department
                WHERE tenant_id = :tenantId AND deleted_at IS NULL ORDER BY depth, sort_order, id""")
                .query(DirectoryDepartment.class).list();
    }
}
