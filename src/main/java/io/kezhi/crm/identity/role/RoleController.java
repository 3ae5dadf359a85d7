package io.kezhi.crm.identity.role;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/roles")
@Tag(name = "Roles", description = "角色与权限矩阵")
class RoleController {

    private final RoleService service;

    RoleController(RoleService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Roles of the company, the built-in administrator first; sort by name, createdAt, updatedAt")
    PageResult<RoleView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean total) {
        return service.list(q, ListQuery.of(page, size, sort, total, RoleService.SORTS,
                new ListQuery.SortOrder("name", true)));
    }

    @GetMapping("/{id}")
    ResponseEntity<RoleView> get(@PathVariable long id) {
        RoleView view = service.get(id);
        return Etags.ok(view, view.version());
    }

    @PostMapping
    ResponseEntity<RoleView> create(@Valid @RequestBody RoleRequests.SaveRole request) {
        RoleView view = service.create(request);
        return ResponseEntity.created(URI.create("/api/v1/roles/" + view.id())).eTag(Etags.of(view.version()))
                .body(view);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace name, description, permission matrix and field policies")
    ResponseEntity<RoleView> update(@PathVariable long id, @Valid @RequestBody RoleRequests.SaveRole request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        RoleView view = service.update(id, request, Etags.expectedVersion(ifMatch, request.version()));
        return Etags.ok(view, view.version());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        service.delete(id, Etags.expectedVersion(ifMatch, null));
        return ResponseEntity.noContent().build();
    }
}
