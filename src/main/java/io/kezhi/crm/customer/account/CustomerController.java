package io.kezhi.crm.customer.account;

import io.kezhi.crm.shared.web.Etags;
import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "客户")
class CustomerController {

    private final CustomerQueries queries;
    private final CustomerService service;

    CustomerController(CustomerQueries queries, CustomerService service) {
        this.queries = queries;
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Customers in the caller's scope with every filter; sort by name, createdAt, updatedAt, "
            + "lastFollowUpAt, nextFollowUpAt, points, valueClass, status, lifecycleStage")
    PageResult<CustomerView> list(@ParameterObject CustomerFilter filter,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean total) {
        return queries.list(filter, ListQuery.of(page, size, sort, total, CustomerQueries.SORTS,
                new ListQuery.SortOrder("updatedAt", false)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One customer with the operations the caller may perform on it")
    ResponseEntity<CustomerQueries.CustomerDetail> get(@PathVariable long id) {
        CustomerQueries.CustomerDetail detail = queries.get(id);
        return Etags.ok(detail, detail.customer().version());
    }

    @PostMapping
    @Operation(summary = "Create a customer (409 duplicate-warning lists possible duplicates: resend with "
            + "ignoreDuplicates=true to create anyway; 409 conflict when the company blocks duplicates)")
    ResponseEntity<CustomerView> create(@Valid @RequestBody CustomerRequests.CreateCustomer request) {
        CustomerView view = service.create(request);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + view.id())).eTag(Etags.of(view.version()))
                .body(view);
    }

    @PostMapping("/duplicates")
    @Operation(summary = "Possible duplicates of the customer being entered (name, phone, e-mail)")
    List<DuplicateChecker.PossibleDuplicate> duplicates(@Valid @RequestBody CustomerRequests.CreateCustomer request,
            @RequestParam(required = false) Long excludeId) {
        return service.duplicatesOf(request, excludeId);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a customer: null leaves a field as it is, an empty string clears it")
    ResponseEntity<CustomerView> update(@PathVariable long id, @Valid @RequestBody CustomerRequests.UpdateCustomer request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        CustomerView view = service.update(id, request, Etags.expectedVersion(ifMatch, request.version()));
        return Etags.ok(view, view.version());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Move a customer to the recycle bin")
    ResponseEntity<Void> delete(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        service.delete(id, Etags.expectedVersion(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/batch/delete")
    @Operation(summary = "Delete the customers the caller may delete; the others are reported as refused")
    CustomerRequests.BatchOutcome deleteAll(@Valid @RequestBody CustomerRequests.CustomerIds request) {
        return service.deleteAll(request.ids());
    }

    @PostMapping("/batch/tag")
    @Operation(summary = "Add and remove tags on the customers the caller may edit")
    CustomerRequests.BatchOutcome tag(@Valid @RequestBody CustomerRequests.TagCustomers request) {
        return service.tag(request);
    }
}
