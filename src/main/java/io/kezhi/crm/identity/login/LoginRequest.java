package io.kezhi.crm.identity.login;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param company company code; may be left out when the installation serves a single company
 */
record LoginRequest(
        @Size(max = 32) String company,
        @NotBlank @Size(max = 64) String username,
        @NotBlank @Size(max = 128) String password) {
}
