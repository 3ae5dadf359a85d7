package io.kezhi.crm.identity.department;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the department API. */
public final class DepartmentRequests {

    private DepartmentRequests() {
    }

    public record CreateDepartment(@NotNull Long parentId, @NotBlank @Size(max = 64) String name,
            @Min(0) @Max(100000) Integer sortOrder) {
    }

    /** Patch: null leaves a field unchanged. */
    public record UpdateDepartment(@Size(min = 1, max = 64) String name, @Min(0) @Max(100000) Integer sortOrder, Boolean enabled,
            Long version) {
    }

    public record MoveDepartment(@NotNull Long parentId, Long version) {
    }
}
