package io.kezhi.crm.identity.role;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the role API. */
public final class RoleRequests {

    private RoleRequests() {
    }

    /** Create, or full replacement on update (the matrix is always sent whole). */
    public record SaveRole(
            @NotBlank @Size(max = 64) String name,
            @Size(max = 255) String description,
            @Size(max = 2000) List<RoleView.Grant> permissions,
            @Size(max = 2000) List<RoleView.FieldRule> fieldPolicies,
            Long version) {
    }
}
