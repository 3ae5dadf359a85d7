package io.kezhi.crm.identity.user;

import io.kezhi.crm.shared.web.Etags;
import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "用户")
class UserController {

    private final UserQueries queries;
    private final UserService service;

    UserController(UserQueries queries, UserService service) {
        this.queries = queries;
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Users in the caller's scope; sort by displayName, username, createdAt or status")
    PageResult<UserView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(defaultValue = "true") boolean includeSubDepartments,
            @RequestParam(required = false) UserStatus status,
            @RequestParam(required = false) Long roleId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean total) {
        ListQuery query = ListQuery.of(page, size, sort, total, UserQueries.SORTS,
                new ListQuery.SortOrder("createdAt", false));
        return queries.list(new UserQueries.Filter(q, departmentId, includeSubDepartments, status, roleId), query);
    }

    @GetMapping("/{id}")
    ResponseEntity<UserView> get(@PathVariable long id) {
        UserView view = queries.get(id);
        return Etags.ok(view, view.version());
    }

    @PostMapping
    ResponseEntity<UserView> create(@Valid @RequestBody UserRequests.CreateUser request) {
        UserView view = service.create(request);
        return ResponseEntity.created(URI.create("/api/v1/users/" + view.id())).eTag(Etags.of(view.version()))
                .body(view);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change the profile: null leaves a field as it is, an empty string clears it")
    ResponseEntity<UserView> update(@PathVariable long id, @Valid @RequestBody UserRequests.UpdateUser request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        UserView view = service.update(id, request, Etags.expectedVersion(ifMatch, request.version()));
        return Etags.ok(view, view.version());
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Move to another department and/or set the direct superior")
    ResponseEntity<UserView> move(@PathVariable long id, @Valid @RequestBody UserRequests.MoveUser request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        UserView view = service.move(id, request, Etags.expectedVersion(ifMatch, request.version()));
        return Etags.ok(view, view.version());
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Activate, disable or mark as left; disabling ends the user's sessions at once")
    ResponseEntity<UserView> changeStatus(@PathVariable long id, @Valid @RequestBody UserRequests.ChangeUserStatus request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        UserView view = service.changeStatus(id, request.status(),
                Etags.expectedVersion(ifMatch, request.version()));
        return Etags.ok(view, view.version());
    }

    @PostMapping("/{id}/password")
    @Operation(summary = "Set a new password for another user (ends their sessions)")
    ResponseEntity<Void> resetPassword(@PathVariable long id, @Valid @RequestBody UserRequests.ResetUserPassword request) {
        service.resetPassword(id, request.password());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/roles")
    ResponseEntity<UserView> changeRoles(@PathVariable long id, @Valid @RequestBody UserRequests.ChangeUserRoles request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        UserView view = service.changeRoles(id, request.roleIds(), Etags.expectedVersion(ifMatch, request.version()));
        return Etags.ok(view, view.version());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Move a user to the recycle bin")
    ResponseEntity<Void> delete(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        service.delete(id, Etags.expectedVersion(ifMatch, null));
        return ResponseEntity.noContent().build();
    }
}
