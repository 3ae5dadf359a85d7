package io.kezhi.crm.identity.share;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

@RestController
@RequestMapping("/api/v1/shares/{subjectType}/{subjectId}")
@Tag(name = "Shares", description = "记录共享")
class ShareController {

    record ShareRequest(@NotNull RecordShare.GranteeType granteeType, @NotNull Long granteeId,
            @NotNull RecordShare.AccessLevel accessLevel) {
    }

    private final ShareService service;

    ShareController(ShareService service) {
        this.service = service;
    }

    @GetMapping
    List<ShareService.ShareView> list(@PathVariable String subjectType, @PathVariable long subjectId) {
        return service.sharesOf(subjectType, subjectId);
    }

    @PostMapping
    @Operation(summary = "Share the record with a user, or a department and everyone below it")
    ResponseEntity<ShareService.ShareView> share(@PathVariable String subjectType, @PathVariable long subjectId,
            @Valid @RequestBody ShareRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.share(subjectType, subjectId,
                request.granteeType(), request.granteeId(), request.accessLevel()));
    }

    @DeleteMapping("/{shareId}")
    ResponseEntity<Void> unshare(@PathVariable String subjectType, @PathVariable long subjectId,
            @PathVariable long shareId) {
        service.unshare(subjectType, subjectId, shareId);
        return ResponseEntity.noContent().build();
    }
}
