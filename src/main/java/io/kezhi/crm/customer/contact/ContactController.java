package io.kezhi.crm.customer.contact;

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
@Tag(name = "Contacts", description = "联系人")
class ContactController {

    private final ContactService service;

    ContactController(ContactService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/contacts")
    @Operation(summary = "Contacts of the customers the caller may view; q searches name, pinyin, mobile, e-mail")
    PageResult<ContactView> list(@ParameterObject ContactService.ContactFilter filter,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean total) {
        return service.list(filter, query(page, size, sort, total));
    }

    @GetMapping("/api/v1/customers/{customerId}/contacts")
    PageResult<ContactView> ofCustomer(@PathVariable long customerId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean total) {
        return service.ofCustomer(customerId, query(page, size, sort, total));
    }

    @GetMapping("/api/v1/contacts/{id}")
    ResponseEntity<ContactView> get(@PathVariable long id) {
        ContactView view = service.get(id);
        return Etags.ok(view, view.version());
    }

    @PostMapping("/api/v1/customers/{customerId}/contacts")
    @Operation(summary = "Add a contact (the first becomes the primary contact)")
    ResponseEntity<ContactView> create(@PathVariable long customerId,
            @Valid @RequestBody ContactRequests.CreateContact request) {
        ContactView view = service.create(customerId, request);
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + view.id())).eTag(Etags.of(view.version()))
                .body(view);
    }

    @PatchMapping("/api/v1/contacts/{id}")
    ResponseEntity<ContactView> update(@PathVariable long id, @Valid @RequestBody ContactRequests.UpdateContact request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ContactView view = service.update(id, request, Etags.expectedVersion(ifMatch, request.version()));
        return Etags.ok(view, view.version());
    }

    @DeleteMapping("/api/v1/contacts/{id}")
    ResponseEntity<Void> delete(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        service.delete(id, Etags.expectedVersion(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    private static ListQuery query(Integer page, Integer size, String sort, boolean total) {
        return ListQuery.of(page, size, sort, total, ContactService.SORTS, ContactService.DEFAULT_ORDER);
    }
}
