package io.kezhi.crm.testsupport;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.FieldAccess;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.company.CompanySetup;
import io.kezhi.crm.identity.department.DepartmentRequests;
import io.kezhi.crm.identity.role.RoleRequests;
import io.kezhi.crm.identity.role.RoleView;
import io.kezhi.crm.identity.user.UserRequests;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.shared.tenant.TenantContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** One test company; creates departments, roles and users as its administrator. */
public final class TestCompany {

    public record Grant(String module, Operation operation, DataScope scope) {
    }

    public record FieldRule(String entity, String field, FieldAccess access) {
    }

    private final Fixtures fixtures;
    private final String code;
    private final CompanySetup.CreatedCompany created;
    private final KezhiPrincipal admin;

    TestCompany(Fixtures fixtures, String code, CompanySetup.CreatedCompany created) {
        this.fixtures = fixtures;
        this.code = code;
        this.created = created;
        this.admin = new KezhiPrincipal(created.adminUserId(), created.companyId(), "admin", "管理员", false);
    }

    public String code() {
        return code;
    }

    public long id() {
        return created.companyId();
    }

    /** The company's access version (moved by every change an access profile is built from). */
    public long accessVersion() {
        return fixtures.jdbc().sql("SELECT version FROM access_version WHERE tenant_id = :id").param("id", id())
                .query(Long.class).single();
    }

    public long rootDepartment() {
        return created.rootDepartmentId();
    }

    public long adminRole() {
        return created.adminRoleId();
    }

    public KezhiPrincipal admin() {
        return admin;
    }

    public static Grant grant(String module, Operation operation, DataScope scope) {
        return new Grant(module, operation, scope);
    }

    /** Every operation of the module with the same scope. */
    public static List<Grant> all(String module, DataScope scope, Operation... operations) {
        List<Operation> ops = operations.length == 0 ? Arrays.asList(Operation.values()) : Arrays.asList(operations);
        return ops.stream().map(op -> new Grant(module, op, scope)).toList();
    }

    public long department(String name, long parentId) {
        return asAdmin(() -> fixtures.departments.create(new DepartmentRequests.CreateDepartment(parentId, name, 0)).id());
    }

    public long role(String name, List<Grant> grants) {
        return role(name, grants, List.of());
    }

    public long role(String name, List<Grant> grants, List<FieldRule> rules) {
        return asAdmin(() -> fixtures.roles.create(new RoleRequests.SaveRole(name, null,
                grants.stream().map(g -> new RoleView.Grant(g.module(), g.operation(), g.scope())).toList(),
                rules.stream().map(r -> new RoleView.FieldRule(r.entity(), r.field(), r.access())).toList(), null))
                .id());
    }

    /** A user with password {@link Fixtures#PASSWORD}. */
    public KezhiPrincipal user(String username, long departmentId, Long superiorId, long... roleIds) {
        Set<Long> roles = new HashSet<>();
        for (long r : roleIds) {
            roles.add(r);
        }
        long id = asAdmin(() -> fixtures.users.create(new UserRequests.CreateUser(username, "用户" + username,
                Fixtures.PASSWORD, null, null, null, departmentId, superiorId, roles, null)).id());
        return new KezhiPrincipal(id, id(), username, "用户" + username, false);
    }

    /** What {@code work} gives, run in a transaction of this company's, as a request of one runs. */
    public <T> T inTransaction(Supplier<T> work) {
        return TenantContext.callAs(id(),
                () -> new TransactionTemplate(fixtures.transactions).execute(status -> work.get()));
    }

    public <T> T asAdmin(Supplier<T> work) {
        return as(admin, work);
    }

    public static <T> T as(KezhiPrincipal principal, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, new ArrayList<>()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
