package io.kezhi.crm.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Records sign-outs in the login history. */
@Component
class LogoutRecorder implements LogoutHandler {

    private final LoginEventRecorder events;

    LogoutRecorder(LoginEventRecorder events) {
        this.events = events;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof KezhiPrincipal principal) {
            events.record(principal.tenantId(), principal.userId(), principal.username(), LoginEvent.Type.LOGOUT,
                    LoginEvent.Result.SUCCESS, request);
        }
    }
}
