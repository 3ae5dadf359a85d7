package io.kezhi.crm.platform.view;

import io.kezhi.crm.shared.web.Etags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Saved views", description = "列表的保存视图与首页固定")
class SavedViewController {

    private final SavedViewService service;

    SavedViewController(SavedViewService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/saved-views")
    @Operation(summary = "The views of a list the caller may use: their own and those shared with them")
    List<SavedViewService.ViewOfList> of(@RequestParam String list) {
        return service.of(list);
    }

    @GetMapping("/api/v1/saved-views/pinned")
    @Operation(summary = "The views the caller pinned to the home page, in order")
    List<SavedViewService.ViewOfList> pinned() {
        return service.pinned();
    }

    @PostMapping("/api/v1/saved-views")
    @Operation(summary = "Save the current filters, columns and sort of a list under a name")
    ResponseEntity<SavedViewService.ViewOfList> create(@Valid @RequestBody SavedViewService.SaveView request) {
        SavedViewService.ViewOfList view = service.create(request);
        return ResponseEntity.created(URI.create("/api/v1/saved-views/" + view.id())).eTag(Etags.of(view.version()))
                .body(view);
    }

    @PutMapping("/api/v1/saved-views/{id}")
    @Operation(summary = "Replace one of the caller's views")
    ResponseEntity<SavedViewService.ViewOfList> update(@PathVariable long id,
            @Valid @RequestBody SavedViewService.SaveView request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        SavedViewService.ViewOfList view = service.update(id, request, Etags.expectedVersion(ifMatch, request.version()));
        return Etags.ok(view, view.version());
    }

    @DeleteMapping("/api/v1/saved-views/{id}")
    @Operation(summary = "Delete one of the caller's views (it disappears from everyone's home page)")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/saved-views/{id}/pin")
    @Operation(summary = "Pin a view to the caller's home page")
    ResponseEntity<Void> pin(@PathVariable long id) {
        service.pin(id);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/saved-views/{id}/pin")
    @Operation(summary = "Unpin a view from the caller's home page")
    ResponseEntity<Void> unpin(@PathVariable long id) {
        service.unpin(id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/saved-views/pinned/order")
    @Operation(summary = "Reorder the caller's pinned views")
    ResponseEntity<Void> reorder(@Valid @RequestBody SavedViewService.PinOrder request) {
        service.reorderPins(request.ids());
        return ResponseEntity.noContent().build();
    }
}
