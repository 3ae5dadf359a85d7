package io.kezhi.crm.identity.user;

import io.kezhi.crm.identity.PolicedView;
import java.time.Instant;
import java.util.List;

/** A user as the API shows it; fields hidden by the caller's field policy are left out. */
@PolicedView("user")
public record UserView(long id, String username, String displayName, String email, String mobile, String jobTitle,
        long departmentId, String departmentName, Long superiorId, String superiorName, UserStatus status,
        Instant leftAt, String locale, List<RoleRef> roles, Instant createdAt, Instant updatedAt, long version) {

    /** A role of the user; {@code builtin} marks the administrator role (shown by its label). */
    public record RoleRef(long id, String name, boolean builtin) {
    }
}
