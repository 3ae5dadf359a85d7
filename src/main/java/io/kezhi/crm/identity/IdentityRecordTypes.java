package io.kezhi.crm.identity;

import io.kezhi.crm.identity.department.Department;
import io.kezhi.crm.identity.role.Role;
import io.kezhi.crm.identity.user.AppUser;
import java.util.EnumSet;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's permission matrix rows, record types and policed fields. */
@Configuration(proxyBeanMethods = false)
public class IdentityRecordTypes {

    public static final String USER = "user";
    public static final String DEPARTMENT = "department";
    public static final String ROLE = "role";
    public static final String LOGIN_LOG = "loginlog";
    public static final String COMPANY = "company";

    /** Users are "owned" by themselves: own scope = only me, department scope = my colleagues... */
    @Bean
    RecordType userRecordType() {
        return RecordType.builder(USER, USER, "app_user").entity(AppUser.class).policedEntity(USER)
                .titleColumn("display_name")
                .ownerId("id", "id").ownerDeptId("department_id", "departmentId")
                .ownerDeptPath("dept_path", "deptPath").softDelete()
                .reference("departmentId", DEPARTMENT).reference("superiorId", USER).reference("roleIds", ROLE)
                .build();
    }

    /** A department is within a user's scope by its own place in the tree. */
    @Bean
    RecordType departmentRecordType() {
        return RecordType.builder(DEPARTMENT, DEPARTMENT, "department").entity(Department.class)
                .ownerDeptId("id", "id").ownerDeptPath("path", "path").softDelete()
                .reference("parentId", DEPARTMENT).build();
    }

    @Bean
    RecordType roleRecordType() {
        return RecordType.builder(ROLE, ROLE, "app_role").entity(Role.class).softDelete().build();
    }

    @Bean
    PermissionModule userPermissions() {
        return new PermissionModule(USER, "module.user", true,
                EnumSet.of(Operation.VIEW, Operation.CREATE, Operation.EDIT, Operation.DELETE, Operation.ASSIGN,
                        Operation.EXPORT), 900);
    }

    @Bean
    PermissionModule departmentPermissions() {
        return new PermissionModule(DEPARTMENT, "module.department", true,
                EnumSet.of(Operation.VIEW, Operation.CREATE, Operation.EDIT, Operation.DELETE), 910);
    }

    @Bean
    PermissionModule rolePermissions() {
        return new PermissionModule(ROLE, "module.role", false,
                EnumSet.of(Operation.VIEW, Operation.CREATE, Operation.EDIT, Operation.DELETE, Operation.ASSIGN),
                920);
    }

    @Bean
    PermissionModule loginLogPermissions() {
        return new PermissionModule(LOGIN_LOG, "module.loginlog", true, EnumSet.of(Operation.VIEW), 930);
    }

    @Bean
    PermissionModule companyPermissions() {
        return new PermissionModule(COMPANY, "module.company", false, EnumSet.of(Operation.VIEW, Operation.EDIT),
                940);
    }

    @Bean
    PolicedEntity userFields() {
        return new PolicedEntity(USER, "entity.user", List.of(
                new PolicedEntity.Field("email", "field.email"),
                new PolicedEntity.Field("mobile", "field.mobile"),
                new PolicedEntity.Field("jobTitle", "field.jobTitle")));
    }
}
