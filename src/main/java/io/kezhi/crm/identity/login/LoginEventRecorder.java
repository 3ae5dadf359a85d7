package io.kezhi.crm.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes login history in its own transaction, so a failed sign-in is recorded even as it fails. */
@Component
class LoginEventRecorder {

    private final LoginEventRepository events;

    LoginEventRecorder(LoginEventRepository events) {
        this.events = events;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Long tenantId, Long userId, String username, LoginEvent.Type type, LoginEvent.Result result,
            HttpServletRequest request) {
        events.save(new LoginEvent(tenantId, userId, username == null ? "" : username, type, result,
                request.getRemoteAddr(), request.getHeader("User-Agent")));
    }
}
