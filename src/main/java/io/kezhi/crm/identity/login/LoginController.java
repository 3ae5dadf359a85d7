package io.kezhi.crm.identity.login;

import io.kezhi.crm.identity.AccessProfile;
import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.CompanyDirectory;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Browser sign-in. The client first gets a CSRF token ({@code GET /csrf}, also set as the
 * {@code XSRF-TOKEN} cookie) and sends it back as {@code X-XSRF-TOKEN}; sign-out is
 * {@code POST /api/v1/auth/logout}.
 */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Sign-in", description = "登录")
class LoginController {

    record CsrfView(String headerName, String token) {
    }

    record LoginOptions(boolean companyRequired) {
    }

    private final LoginService loginService;
    private final SessionLogin sessionLogin;
    private final CurrentUser currentUser;
    private final CompanyDirectory companies;
    private final TenantJdbc jdbc;

    LoginController(LoginService loginService, SessionLogin sessionLogin, CurrentUser currentUser,
            CompanyDirectory companies, TenantJdbc jdbc) {
        this.loginService = loginService;
        this.sessionLogin = sessionLogin;
        this.currentUser = currentUser;
        this.companies = companies;
        this.jdbc = jdbc;
    }

    @GetMapping("/csrf")
    @Operation(summary = "The CSRF token to send as X-XSRF-TOKEN with every state-changing request")
    CsrfView csrf(@Parameter(hidden = true) CsrfToken token) {
        return new CsrfView(token.getHeaderName(), token.getToken());
    }

    @GetMapping("/options")
    @Operation(summary = "Whether the sign-in form must ask for a company code")
    LoginOptions options() {
        return new LoginOptions(companies.activeCompanies(2).size() != 1);
    }

    @PostMapping("/login")
    @Operation(summary = "Sign in with company code (optional with one company), login name and password")
    MeView login(@Valid @RequestBody LoginRequest request, HttpServletRequest httpRequest,
            HttpServletResponse httpResponse) {
        KezhiPrincipal principal = loginService.authenticate(request, httpRequest);
        sessionLogin.establish(principal, httpRequest, httpResponse);
        return me();
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user with permissions and field policies")
    @Transactional(readOnly = true)
    public MeView me() {
        AccessProfile profile = currentUser.profile();
        boolean viaToken = SecurityContextHolder.getContext().getAuthentication().getPrincipal()
                instanceof KezhiPrincipal p && p.viaToken();
        record Extra(String locale, String departmentName, long companyId, String companyCode, String companyName,
                String timeZone) {
        }
        Extra extra = jdbc.sql("""
                SELECT u.locale, d.name AS department_name, c.id AS company_id, c.code AS company_code,
                       c.name AS company_name, c.time_zone
                FROM app_user u JOIN department d ON d.id = u.department_id JOIN company c ON c.id = u.tenant_id
                WHERE u.tenant_id = :tenantId AND u.id = :id""", Map.of("id", profile.userId()))
                .query(Extra.class).single();
        return new MeView(profile.userId(), profile.username(), profile.displayName(), extra.locale(),
                profile.departmentId(), extra.departmentName(), profile.admin(), viaToken,
                new MeView.Company(extra.companyId(), extra.companyCode(), extra.companyName(), extra.timeZone()),
                profile.grants(), profile.fieldPolicies());
    }
}
