package io.kezhi.crm.identity.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A company to set up, with its first administrator. */
public record NewCompany(
        @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,31}$") String code,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 40) String timeZone,
        @NotBlank @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$") String adminUsername,
        @NotBlank @Size(max = 64) String adminDisplayName,
        @NotBlank @Size(max = 128) String adminPassword) {
}
