package io.kezhi.crm.identity.login;

import io.kezhi.crm.identity.CompanyDirectory;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.tenant.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a sign-in: company, lockout, address allowlist, password. Unknown users and wrong
 * passwords get the same answer and take the same time; every outcome is recorded.
 */
@Service
class LoginService {

    /** Hash of a random password: compared against when the user does not exist, for equal timing. */
    private final String dummyHash;

    private final CompanyDirectory companies;
    private final LoginAttempts attempts;
    private final LoginEventRecorder events;
    private final PasswordEncoder passwordEncoder;
    private final TenantJdbc jdbc;

    LoginService(CompanyDirectory companies, LoginAttempts attempts, LoginEventRecorder events,
            PasswordEncoder passwordEncoder, TenantJdbc jdbc) {
        this.companies = companies;
        this.attempts = attempts;
        this.events = events;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.dummyHash = passwordEncoder.encode("not-a-real-password-" + System.nanoTime());
    }

    private record Credentials(long id, String displayName, String passwordHash, String status) {
    }

    KezhiPrincipal authenticate(LoginRequest body, HttpServletRequest request) {
        String username = body.username().trim().toLowerCase(Locale.ROOT);
        Optional<CompanyDirectory.CompanyAccess> company = resolveCompany(body.company());
        if (company.isEmpty()) {
            events.record(null, null, username, LoginEvent.Type.LOGIN, LoginEvent.Result.UNKNOWN_COMPANY, request);
            passwordEncoder.matches(body.password(), dummyHash);
            throw badCredentials();
        }
        long tenantId = company.get().id();
        Optional<Instant> lockedUntil = attempts.lockedUntil(tenantId, username);
        if (lockedUntil.isPresent()) {
            events.record(tenantId, null, username, LoginEvent.Type.LOGIN, LoginEvent.Result.LOCKED, request);
            throw locked();
        }
        if (!IpAllowlist.parse(company.get().ipAllowlist()).allows(request.getRemoteAddr())) {
            events.record(tenantId, null, username, LoginEvent.Type.LOGIN, LoginEvent.Result.IP_DENIED, request);
            throw new ApiException(HttpStatus.FORBIDDEN, "ip-denied", "error.ipDenied", List.of());
        }
        Optional<Credentials> credentials = TenantContext.callAs(tenantId, () -> jdbc.sql("""
                SELECT id, display_name, password_hash, status FROM app_user
                WHERE tenant_id = :tenantId AND username = :username AND deleted_at IS NULL""",
                Map.of("username", username)).query(Credentials.class).optional());
        boolean matches = passwordEncoder.matches(body.password(),
                credentials.map(Credentials::passwordHash).orElse(dummyHash));
        if (credentials.isEmpty() || !matches) {
            Long userId = credentials.map(Credentials::id).orElse(null);
            boolean nowLocked = attempts.recordFailure(tenantId, username);
            events.record(tenantId, userId, username, LoginEvent.Type.LOGIN, LoginEvent.Result.BAD_CREDENTIALS,
                    request);
            throw nowLocked ? locked() : badCredentials();
        }
        Credentials user = credentials.get();
        if (!"ACTIVE".equals(user.status())) {
            events.record(tenantId, user.id(), username, LoginEvent.Type.LOGIN, LoginEvent.Result.DISABLED, request);
            throw new ApiException(HttpStatus.FORBIDDEN, "account-disabled", "error.accountDisabled", List.of());
        }
        attempts.clear(tenantId, username);
        events.record(tenantId, user.id(), username, LoginEvent.Type.LOGIN, LoginEvent.Result.SUCCESS, request);
        return new KezhiPrincipal(user.id(), tenantId, username, user.displayName(), false);
    }

    /** With one company the code may be left out; with several it must be given. */
    private Optional<CompanyDirectory.CompanyAccess> resolveCompany(String code) {
        if (code == null || code.isBlank()) {
            List<CompanyDirectory.CompanyAccess> active = companies.activeCompanies(2);
            if (active.size() == 1) {
                return Optional.of(active.get(0));
            }
            throw ApiException.invalidField("company", "validation.companyRequired");
        }
        return companies.findActiveByCode(code.trim().toLowerCase(Locale.ROOT));
    }

    private ApiException badCredentials() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "bad-credentials", "error.badCredentials", List.of());
    }

    private ApiException locked() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "locked", "error.locked", List.of(),
                attempts.lockDuration().toMinutes());
    }
}
