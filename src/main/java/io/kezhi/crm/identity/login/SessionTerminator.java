package io.kezhi.crm.identity.login;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every browser session of a user, on every node (sessions live in the database). */
@Component
public class SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    public void endSessionsOf(long userId) {
        sessions.findByPrincipalName(KezhiPrincipal.principalName(userId)).keySet().forEach(sessions::deleteById);
    }
}
