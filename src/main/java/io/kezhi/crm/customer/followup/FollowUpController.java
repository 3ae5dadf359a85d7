package io.kezhi.crm.customer.followup;

import io.kezhi.crm.shared.web.Etags;
import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Follow-ups", description = "跟进记录")
class FollowUpController {

    private final FollowUpService service;

    FollowUpController(FollowUpService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/follow-ups")
    @Operation(summary = "Follow-ups on the customers the caller may view, newest first")
    PageResult<FollowUpView> list(@ParameterObject FollowUpService.FollowUpFilter filter,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean total) {
        return service.list(filter, query(page, size, sort, total));
    }

    @GetMapping("/api/v1/customers/{customerId}/follow-ups")
    PageResult<FollowUpView> ofCustomer(@PathVariable long customerId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean total) {
        return service.ofCustomer(customerId, query(page, size, sort, total));
    }

    @GetMapping("/api/v1/follow-ups/{id}")
    ResponseEntity<FollowUpView> get(@PathVariable long id) {
        FollowUpView view = service.get(id);
        return Etags.ok(view, view.version());
    }

    @PostMapping("/api/v1/customers/{customerId}/follow-ups")
    @Operation(summary = "Record a follow-up; the customer's last and next follow-up follow")
    ResponseEntity<FollowUpView> create(@PathVariable long customerId,
            @Valid @RequestBody FollowUpRequests.CreateFollowUp request) {
        FollowUpView view = service.create(customerId, request);
        return ResponseEntity.created(URI.create("/api/v1/follow-ups/" + view.id())).eTag(Etags.of(view.version()))
                .body(view);
    }

    @PatchMapping("/api/v1/follow-ups/{id}")
    ResponseEntity<FollowUpView> update(@PathVariable long id,
            @Valid @RequestBody FollowUpRequests.UpdateFollowUp request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        FollowUpView view = service.update(id, request, Etags.expectedVersion(ifMatch, request.version()));
        return Etags.ok(view, view.version());
    }

    @DeleteMapping("/api/v1/follow-ups/{id}")
    ResponseEntity<Void> delete(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        service.delete(id, Etags.expectedVersion(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    private static ListQuery query(Integer page, Integer size, String sort, boolean total) {
        return ListQuery.of(page, size, sort, total, FollowUpService.SORTS,
                FollowUpService.DEFAULT_ORDER);
    }
}
