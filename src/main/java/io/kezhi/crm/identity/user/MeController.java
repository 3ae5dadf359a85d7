package io.kezhi.crm.identity.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What every signed-in user may change about themselves. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "个人设置")
class MeController {

    record ChangeOwnPassword(@NotBlank @Size(max = 128) String currentPassword,
            @NotBlank @Size(max = 128) String newPassword) {
    }

    record ChangeOwnLocale(@Pattern(regexp = "^(zh-CN|en-US)$") @NotBlank String locale) {
    }

    private final UserService users;

    MeController(UserService users) {
        this.users = users;
    }

    @PutMapping("/password")
    @Operation(summary = "Change my password (the current one is required)")
    ResponseEntity<Void> changePassword(@Valid @RequestBody ChangeOwnPassword request) {
        users.changeOwnPassword(request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/locale")
    @Operation(summary = "Remember my interface language")
    ResponseEntity<Void> changeLocale(@Valid @RequestBody ChangeOwnLocale request) {
        users.changeOwnLocale(request.locale());
        return ResponseEntity.noContent().build();
    }
}
