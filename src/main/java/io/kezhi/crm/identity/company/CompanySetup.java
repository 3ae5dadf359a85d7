package io.kezhi.crm.identity.company;

import io.kezhi.crm.identity.CompanySetUp;
import io.kezhi.crm.identity.department.DepartmentService;
import io.kezhi.crm.identity.role.RoleService;
import io.kezhi.crm.identity.user.UserService;
import io.kezhi.crm.identity.user.PasswordPolicy;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.tenant.TenantContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates a company (tenant) with its root department, the built-in administrator role and the first
 * administrator. The company row is committed first so the rest can run with it as current tenant;
 * if that second step fails the company row is removed again, so nothing half-made remains.
 */
@Service
public class CompanySetup {

    public static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";

    private final CompanyRepository companies;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final DepartmentService departments;
    private final RoleService roles;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final int defaultRetentionDays;

    CompanySetup(CompanyRepository companies, TransactionTemplate transactions, JdbcClient jdbc,
            DepartmentService departments, RoleService roles, UserService users, ApplicationEventPublisher events,
            @Value("${kezhi.recycle-bin.retention-days:30}") int defaultRetentionDays) {
        this.companies = companies;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.departments = departments;
        this.roles = roles;
        this.users = users;
        this.events = events;
        this.defaultRetentionDays = defaultRetentionDays;
    }

    /** What was created: ids a caller (operator, demo data, tests) needs next. */
    public record CreatedCompany(long companyId, long rootDepartmentId, long adminRoleId, long adminUserId) {
    }

    public CreatedCompany create(NewCompany request) {
        String code = request.code().trim().toLowerCase(Locale.ROOT);
        String timeZone = request.timeZone() == null || request.timeZone().isBlank()
                ? DEFAULT_TIME_ZONE : request.timeZone().trim();
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw ApiException.invalidField("timeZone", "validation.timeZone");
        }
        PasswordPolicy.check("adminPassword", request.adminPassword());
        if (companies.existsByCode(code)) {
            throw ApiException.conflictOnField("code", "validation.companyCodeTaken", code);
        }
        Company company = transactions.execute(status -> {
            Company saved = companies.saveAndFlush(
                    new Company(code, request.name().trim(), timeZone, defaultRetentionDays));
            jdbc.sql("INSERT INTO access_version (tenant_id, version) VALUES (:id, 0)").param("id", saved.getId())
                    .update();
            return saved;
        });
        try {
            return TenantContext.callAs(company.getId(), () -> transactions.execute(status ->
                    populate(company, request)));
        } catch (RuntimeException e) {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("DELETE FROM company_aud WHERE id = :id").param("id", company.getId()).update();
                jdbc.sql("DELETE FROM access_version WHERE tenant_id = :id").param("id", company.getId()).update();
                jdbc.sql("DELETE FROM company WHERE id = :id").param("id", company.getId()).update();
            });
            throw e;
        }
    }

    private CreatedCompany populate(Company company, NewCompany request) {
        long rootDepartment = departments.createRoot(company.getName());
        long adminRole = roles.createAdministratorRole();
        long admin = users.createAdministrator(request.adminUsername().trim().toLowerCase(Locale.ROOT),
                request.adminDisplayName().trim(), request.adminPassword(), rootDepartment, adminRole);
        events.publishEvent(new CompanySetUp(company.getId()));
        return new CreatedCompany(company.getId(), rootDepartment, adminRole, admin);
    }

}
