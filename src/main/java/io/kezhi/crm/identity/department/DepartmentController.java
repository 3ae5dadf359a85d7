package io.kezhi.crm.identity.department;

import io.kezhi.crm.shared.web.Etags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/departments")
@Tag(name = "Departments", description = "部门树")
class DepartmentController {

    private final DepartmentService service;

    DepartmentController(DepartmentService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Departments the caller may view, parents first (build the tree from parentId)")
    List<DepartmentView> tree() {
        return service.visibleTree();
    }

    @GetMapping("/{id}")
    ResponseEntity<DepartmentView> get(@PathVariable long id) {
        DepartmentView view = service.get(id);
        return Etags.ok(view, view.version());
    }

    @PostMapping
    ResponseEntity<DepartmentView> create(@Valid @RequestBody DepartmentRequests.CreateDepartment request) {
        DepartmentView view = service.create(request);
        return ResponseEntity.created(URI.create("/api/v1/departments/" + view.id()))
                .eTag(Etags.of(view.version())).body(view);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Rename, reorder, enable or disable (null leaves a field as it is)")
    ResponseEntity<DepartmentView> update(@PathVariable long id, @Valid @RequestBody DepartmentRequests.UpdateDepartment request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        DepartmentView view = service.update(id, request, Etags.expectedVersion(ifMatch, request.version()));
        return Etags.ok(view, view.version());
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Move under another parent; paths of the subtree and owned records follow")
    ResponseEntity<DepartmentView> move(@PathVariable long id, @Valid @RequestBody DepartmentRequests.MoveDepartment request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        DepartmentView view = service.move(id, request.parentId(), Etags.expectedVersion(ifMatch, request.version()));
        return Etags.ok(view, view.version());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Move an empty department to the recycle bin")
    ResponseEntity<Void> delete(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        service.delete(id, Etags.expectedVersion(ifMatch, null));
        return ResponseEntity.noContent().build();
    }
}
