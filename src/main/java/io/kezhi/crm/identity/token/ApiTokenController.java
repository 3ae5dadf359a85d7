package io.kezhi.crm.identity.token;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal API tokens for integrations. They act with the owner's permissions. Tokens are managed
 * from a browser session only, so a leaked token cannot mint more.
 */
@RestController
@RequestMapping("/api/v1/me/tokens")
@Tag(name = "API tokens", description = "个人 API 令牌")
class ApiTokenController {

    record ApiTokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
            Instant revokedAt) {

        static ApiTokenView of(ApiToken t) {
            return new ApiTokenView(t.getId(), t.getName(), t.getTokenPrefix(), t.getCreatedAt(), t.getExpiresAt(),
                    t.getLastUsedAt(), t.getRevokedAt());
        }
    }

    /** The token itself appears in this response only. */
    record CreatedApiToken(ApiTokenView token, String secret) {
    }

    record CreateApiToken(@NotBlank @Size(max = 64) String name, @Min(1) @Max(3650) Integer expiresInDays) {
    }

    private final ApiTokenService service;

    ApiTokenController(ApiTokenService service) {
        this.service = service;
    }

    @GetMapping
    List<ApiTokenView> list() {
        return service.list();
    }

    @PostMapping
    @Operation(summary = "Create a token; the secret is shown once, only its hash is kept")
    ResponseEntity<CreatedApiToken> create(@Valid @RequestBody CreateApiToken request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.create(request));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a token at once")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        service.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
