package io.kezhi.crm.identity.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Request bodies of the user API. */
public final class UserRequests {

    static final String USERNAME_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$";
    static final String LOCALE_PATTERN = "^(zh-CN|en-US)$";

    private UserRequests() {
    }

    public record CreateUser(
            @NotBlank @Pattern(regexp = USERNAME_PATTERN) String username,
            @NotBlank @Size(max = 64) String displayName,
            @NotBlank @Size(max = 128) String password,
            @Email @Size(max = 254) String email,
            @Size(max = 32) String mobile,
            @Size(max = 64) String jobTitle,
            @NotNull Long departmentId,
            Long superiorId,
            Set<Long> roleIds,
            @Pattern(regexp = LOCALE_PATTERN) String locale) {
    }

    /** Patch of the profile: null leaves a field unchanged, "" clears an optional one. */
    public record UpdateUser(
            @Size(min = 1, max = 64) String displayName,
            @Email @Size(max = 254) String email,
            @Size(max = 32) String mobile,
            @Size(max = 64) String jobTitle,
            @Pattern(regexp = "^(zh-CN|en-US|)$") String locale,
            Long version) {
    }

    /** Department and direct superior (null superior = none). */
    public record MoveUser(@NotNull Long departmentId, Long superiorId, Long version) {
    }

    public record ChangeUserStatus(@NotNull UserStatus status, Long version) {
    }

    public record ResetUserPassword(@NotBlank @Size(max = 128) String password) {
    }

    public record ChangeUserRoles(@NotNull Set<Long> roleIds, Long version) {
    }
}
