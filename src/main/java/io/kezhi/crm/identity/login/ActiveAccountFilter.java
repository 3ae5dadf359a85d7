package io.kezhi.crm.identity.login;

import io.kezhi.crm.identity.CompanyDirectory;
import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.shared.error.ProblemFactory;
import io.kezhi.crm.shared.web.ApiRequests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every API request of a signed-in user, checks (one indexed query) that the user is still
 * active, the company not suspended and the address allowed; otherwise the session ends at once.
 */
@Component
class ActiveAccountFilter extends OncePerRequestFilter {

    private final CompanyDirectory companies;
    private final ProblemFactory problems;

    ActiveAccountFilter(CompanyDirectory companies, ProblemFactory problems) {
        this.companies = companies;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiRequests.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KezhiPrincipal principal) {
            Optional<CompanyDirectory.AccountState> state =
                    companies.accountState(principal.tenantId(), principal.userId());
            if (state.isEmpty() || !state.get().active()) {
                endSession(request);
                problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                        "error.accountDisabled");
                return;
            }
            if (!IpAllowlist.parse(state.get().ipAllowlist()).allows(request.getRemoteAddr())) {
                endSession(request);
                problems.write(request, response, HttpStatus.FORBIDDEN, "ip-denied", "error.ipDenied");
                return;
            }
            request.setAttribute(CurrentUser.ACCESS_VERSION_ATTRIBUTE, state.get().accessVersion());
        }
        chain.doFilter(request, response);
    }

    private static void endSession(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
