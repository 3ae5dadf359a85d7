package io.kezhi.crm.customer.pool;

import io.kezhi.crm.customer.account.CustomerFilter;
import io.kezhi.crm.customer.account.CustomerQueries;
import io.kezhi.crm.customer.account.CustomerRequests;
import io.kezhi.crm.customer.account.CustomerView;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Customer pools", description = "公海：设置、领取、分配、退回")
class PoolController {

    private final PoolAdministration administration;
    private final PoolService service;
    private final CustomerQueries queries;

    PoolController(PoolAdministration administration, PoolService service, CustomerQueries queries) {
        this.administration = administration;
        this.service = service;
        this.queries = queries;
    }

    @GetMapping("/api/v1/customer-pools")
    @Operation(summary = "Every pool (pool administrators) or the pools the caller belongs to")
    List<PoolView> list() {
        return administration.list();
    }

    @GetMapping("/api/v1/customer-pools/{id}")
    @Operation(summary = "One pool with its rules and members")
    ResponseEntity<PoolView> get(@PathVariable long id) {
        PoolView view = administration.get(id);
        return Etags.ok(view, view.version());
    }

    @PostMapping("/api/v1/customer-pools")
    @Operation(summary = "Create the pool of a department (one per department)")
    ResponseEntity<PoolView> create(@Valid @RequestBody PoolRequests.SavePool request) {
        PoolView view = administration.create(request);
        return ResponseEntity.created(URI.create("/api/v1/customer-pools/" + view.id()))
                .eTag(Etags.of(view.version())).body(view);
    }

    @PutMapping("/api/v1/customer-pools/{id}")
    @Operation(summary = "Replace a pool's settings, rules and members")
    ResponseEntity<PoolView> update(@PathVariable long id, @Valid @RequestBody PoolRequests.SavePool request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        PoolView view = administration.update(id, request, Etags.expectedVersion(ifMatch, request.version()));
        return Etags.ok(view, view.version());
    }

    @DeleteMapping("/api/v1/customer-pools/{id}")
    @Operation(summary = "Delete a pool; the customers waiting in it move to the pool above")
    ResponseEntity<Void> delete(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        administration.delete(id, Etags.expectedVersion(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/customer-pools/rules/run")
    @Operation(summary = "Apply every pool's return rules now (the nightly job does the same)")
    PoolRules.Outcome runRules() {
        return administration.runRules();
    }

    @GetMapping("/api/v1/customer-pools/{id}/customers")
    @Operation(summary = "The customers waiting in a pool, for its members; same filters and sorts as the customer "
            + "list, newest to enter the pool first unless sorted otherwise (sort=enteredPoolAt,asc)")
    PageResult<CustomerView> customers(@PathVariable long id, @ParameterObject CustomerFilter filter,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean total) {
        return queries.inPool(id, filter, ListQuery.of(page, size, sort, total, CustomerQueries.SORTS,
                new ListQuery.SortOrder("returnedAt", false)));
    }

    @PostMapping("/api/v1/customers/batch/claim")
    @Operation(summary = "Claim pooled customers (all or none): pool members only, within the pool's cap and "
            + "after the cooldown for the previous owner")
    CustomerRequests.BatchOutcome claim(@Valid @RequestBody PoolRequests.ClaimCustomers request) {
        return new CustomerRequests.BatchOutcome(service.claim(request.ids()), List.of());
    }

    @PostMapping("/api/v1/customers/batch/assign")
    @Operation(summary = "Give customers (pooled or owned) to a user; only those the caller may assign")
    CustomerRequests.BatchOutcome assign(@Valid @RequestBody PoolRequests.AssignCustomers request) {
        return service.assign(request.ids(), request.toUserId());
    }

    @PostMapping("/api/v1/customers/batch/return")
    @Operation(summary = "Return owned customers to their pool with a reason; only those the caller may edit")
    CustomerRequests.BatchOutcome returnToPool(@Valid @RequestBody PoolRequests.ReturnCustomers request) {
        return service.returnToPool(request.ids(), request.reason());
    }
}
