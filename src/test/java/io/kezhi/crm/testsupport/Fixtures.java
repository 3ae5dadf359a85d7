package io.kezhi.crm.testsupport;

import io.kezhi.crm.identity.company.CompanySetup;
import io.kezhi.crm.identity.company.NewCompany;
import io.kezhi.crm.identity.department.DepartmentService;
import io.kezhi.crm.identity.role.RoleService;
import io.kezhi.crm.identity.user.UserService;
import io.kezhi.crm.shared.db.SqlVendor;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** Builds isolated test companies through the real services. */
@Component
public class Fixtures {

    public static final String PASSWORD = "Passw0rd!";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final CompanySetup setup;
    final DepartmentService departments;
    final RoleService roles;
    final UserService users;
    final JdbcClient jdbc;
    final SqlVendor vendor;
    final PlatformTransactionManager transactions;

    Fixtures(CompanySetup setup, DepartmentService departments, RoleService roles, UserService users,
            JdbcClient jdbc, SqlVendor vendor, PlatformTransactionManager transactions) {
        this.setup = setup;
        this.departments = departments;
        this.roles = roles;
        this.users = users;
        this.jdbc = jdbc;
        this.vendor = vendor;
        this.transactions = transactions;
    }

    /** A new company with its root department and an administrator {@code admin} / {@link #PASSWORD}. */
    public TestCompany company() {
        String code = "t" + ProcessHandle.current().pid() % 1000 + "x" + SEQUENCE.incrementAndGet() + "x"
                + Long.toString(System.nanoTime() % 100000, 36);
        CompanySetup.CreatedCompany created = setup.create(new NewCompany(code, "测试公司 " + code, null, "admin",
                "管理员", PASSWORD));
        return new TestCompany(this, code, created);
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /**
     * An instant as a parameter of {@link #jdbc()} SQL, meaning what the application writes (UTC)
     * whatever the JVM's time zone — {@code java.sql.Timestamp} would shift it on MariaDB.
     */
    public Object at(Instant instant) {
        return vendor.bindable(instant);
    }
}
