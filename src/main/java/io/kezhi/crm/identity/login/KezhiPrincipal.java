package io.kezhi.crm.identity.login;

import io.kezhi.crm.shared.security.Actor;
import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;

/**
 * The signed-in user as kept in the session (or built per request from an API token). Its name,
 * {@code u:<id>}, is unique across companies, so Spring Session can find all of a user's sessions.
 */
public record KezhiPrincipal(long userId, long tenantId, String username, String displayName, boolean viaToken)
        implements Actor, Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static String principalName(long userId) {
        return "u:" + userId;
    }

    @Override
    public String getName() {
        return principalName(userId);
    }
}
