package io.kezhi.crm.identity.token;

import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.shared.db.SqlVendor;
import io.kezhi.crm.shared.error.ProblemFactory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer kz_...} requests with a personal API token: no
 * session is created and nothing is remembered. A bad, revoked or expired token, or one of an
 * inactive user, is refused with 401 rather than treated as anonymous.
 */
@Component
public class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);
    private static final RequestAttributeSecurityContextRepository REQUEST_ONLY =
            new RequestAttributeSecurityContextRepository();

    private final JdbcClient jdbc;
    private final SqlVendor vendor;
    private final ProblemFactory problems;

    ApiTokenAuthenticationFilter(JdbcClient jdbc, SqlVendor vendor, ProblemFactory problems) {
        this.jdbc = jdbc;
        this.vendor = vendor;
        this.problems = problems;
    }

    private record TokenRow(long id, long tenantId, long userId, String username, String displayName,
            String userStatus, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader("Authorization").substring(7).trim();
        Optional<TokenRow> row = token.startsWith(TokenHashing.PREFIX) ? find(token) : Optional.empty();
        Instant now = Instant.now();
        if (row.isEmpty() || row.get().revokedAt() != null || !"ACTIVE".equals(row.get().userStatus())
                || (row.get().expiresAt() != null && row.get().expiresAt().isBefore(now))) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "bad-token", "error.badToken");
            return;
        }
        TokenRow t = row.get();
        touch(t, now);
        KezhiPrincipal principal = new KezhiPrincipal(t.userId(), t.tenantId(), t.username(), t.displayName(), true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_API"))));
        SecurityContextHolder.setContext(context);
        // Kept for this request only: the chain then knows the context is stored and never puts it
        // into an HTTP session (a token request must stay stateless).
        REQUEST_ONLY.saveContext(context, request, response);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The token is the credential that names the company, so this lookup is by hash alone. */
    private Optional<TokenRow> find(String token) {
        return jdbc.sql("""
                SELECT t.id, t.tenant_id, t.user_id, u.username, u.display_name, u.status AS user_status,
                       t.expires_at, t.revoked_at, t.last_used_at
                FROM api_token t JOIN app_user u ON u.id = t.user_id AND u.tenant_id = t.tenant_id
                WHERE t.token_hash = :hash AND u.deleted_at IS NULL""")
                .param("hash", TokenHashing.hash(token))
                .query((rs, i) -> new TokenRow(rs.getLong("id"), rs.getLong("tenant_id"), rs.getLong("user_id"),
                        rs.getString("username"), rs.getString("display_name"), rs.getString("user_status"),
                        vendor.instant(rs, "expires_at"), vendor.instant(rs, "revoked_at"),
                        vendor.instant(rs, "last_used_at")))
                .optional();
    }

    private void touch(TokenRow row, Instant now) {
        if (row.lastUsedAt() == null || row.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION))) {
            jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id AND tenant_id = :t")
                    .param("now", vendor.bindable(now)).param("id", row.id()).param("t", row.tenantId()).update();
        }
    }
}
