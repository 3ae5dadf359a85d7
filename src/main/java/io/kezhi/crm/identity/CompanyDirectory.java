package io.kezhi.crm.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Company lookups made before anyone is signed in (the company decides the tenant, so these are
 * the only queries that do not filter on one) and the per-request check of a signed-in account.
 */
@Component
public class CompanyDirectory {

    public record CompanyAccess(long id, String code, String name, String ipAllowlist) {
    }

    /** Status of a signed-in user and their company, checked on every request. */
    public record AccountState(String userStatus, String companyStatus, String ipAllowlist, long accessVersion) {

        public boolean active() {
            return "ACTIVE".equals(userStatus) && "ACTIVE".equals(companyStatus);
        }
    }

    private final JdbcClient jdbc;

    CompanyDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CompanyAccess> findActiveByCode(String code) {
        return jdbc.sql("SELECT id, code, name, ip_allowlist FROM company WHERE code = :code AND status = 'ACTIVE'")
                .param("code", code).query(CompanyAccess.class).optional();
    }

    public List<CompanyAccess> activeCompanies(int limit) {
        return jdbc.sql("SELECT id, code, name, ip_allowlist FROM company WHERE status = 'ACTIVE' ORDER BY id LIMIT :n")
                .param("n", limit).query(CompanyAccess.class).list();
    }

    public List<Long> allCompanyIds() {
        return jdbc.sql("SELECT id FROM company ORDER BY id").query(Long.class).list();
    }

    public Optional<AccountState> accountState(long tenantId, long userId) {
        return jdbc.sql("""
                SELECT u.status AS user_status, c.status AS company_status, c.ip_allowlist, v.version AS access_version
                FROM app_user u JOIN company c ON c.id = u.tenant_id JOIN access_version v ON v.tenant_id = u.tenant_id
                WHERE u.id = :userId AND u.tenant_id = :tenantId AND u.deleted_at IS NULL""")
                .param("userId", userId).param("tenantId", tenantId).query(AccountState.class).optional();
    }
}
