package io.kezhi.crm.identity.user;

import io.kezhi.crm.identity.DepartmentDirectory;
import io.kezhi.crm.shared.jpa.Likes;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The company phone book for pickers (choose a superior, an owner, a share grantee): names and
 * departments of active colleagues, visible to every signed-in user; nothing they own.
 */
@RestController
@Validated
@Tag(name = "Directory", description = "通讯录（选择器）")
class DirectoryController {

    record DirectoryUser(long id, String displayName, String username, long departmentId, String departmentName) {
    }

    private final TenantJdbc jdbc;
    private final DepartmentDirectory departments;

    DirectoryController(TenantJdbc jdbc, DepartmentDirectory departments) {
        this.jdbc = jdbc;
        this.departments = departments;
    }

    @GetMapping("/api/v1/directory/users")
    @Operation(summary = "Active users whose name or login name contains q (at most `limit`)")
    List<DirectoryUser> users(@RequestParam(required = false) @Size(max = 64) String q,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("""
                SELECT u.id, u.display_name, u.username, u.department_id, d.name AS department_name
                FROM app_user u JOIN department d ON d.id = u.department_id
                WHERE u.tenant_id = :tenantId AND u.deleted_at IS NULL AND u.status = 'ACTIVE'""");
        if (q != null && !q.isBlank()) {
            sql.append(" AND (LOWER(u.display_name) LIKE :q ESCAPE '!' OR u.username LIKE :q ESCAPE '!')");
            params.put("q", Likes.contains(q));
        }
        if (departmentId != null) {
            sql.append(" AND u.department_id = :departmentId");
            params.put("departmentId", departmentId);
        }
        sql.append(" ORDER BY LOWER(u.display_name), u.id LIMIT :limit"); // as the user list orders them (AppUser)
        params.put("limit", limit);
        return jdbc.sql(sql.toString(), params).query(DirectoryUser.class).list();
    }

    @GetMapping("/api/v1/directory/departments")
    @Operation(summary = "The company's departments for pickers (enabled ones unless includeDisabled); "
            + "build the tree from parentId")
    List<DepartmentDirectory.DirectoryDepartment> departments(
            @RequestParam(defaultValue = "false") boolean includeDisabled) {
        return departments.all().stream().filter(d -> includeDisabled || d.enabled()).toList();
    }
}
