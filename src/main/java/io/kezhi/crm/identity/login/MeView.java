package io.kezhi.crm.identity.login;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.FieldAccess;
import io.kezhi.crm.identity.Operation;
import java.util.Map;

/**
 * The signed-in user, their company and what they may do: the client shows menus and buttons from
 * {@code permissions} and hides fields from {@code fieldPolicies}; the server checks everything again.
 */
public record MeView(long id, String username, String displayName, String locale, long departmentId,
        String departmentName, boolean admin, boolean viaToken, Company company,
        Map<String, Map<Operation, DataScope>> permissions, Map<String, Map<String, FieldAccess>> fieldPolicies) {

    public record Company(long id, String code, String name, String timeZone) {
    }
}
