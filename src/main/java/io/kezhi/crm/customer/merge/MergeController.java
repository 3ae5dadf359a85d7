package io.kezhi.crm.customer.merge;

import io.kezhi.crm.customer.account.CustomerView;
import io.kezhi.crm.shared.web.Etags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Customer merge", description = "合并重复客户与撤销合并")
class MergeController {

    private final MergeService service;

    MergeController(MergeService service) {
        this.service = service;
    }

    @PostMapping("/api/v1/customers/merge")
    @Operation(summary = "Merge customers into a survivor, choosing each field's surviving value (needs edit on the "
            + "survivor and delete on the others; If-Match or version is the survivor's)")
    ResponseEntity<CustomerView> merge(@Valid @RequestBody MergeRequests.MergeCustomers request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        CustomerView view = service.merge(request, Etags.expectedVersion(ifMatch, request.version()));
        return Etags.ok(view, view.version());
    }

    @GetMapping("/api/v1/customers/{id}/merges")
    @Operation(summary = "The merges into a customer, newest first")
    List<MergeRequests.MergeView> merges(@PathVariable long id) {
        return service.mergesInto(id);
    }

    @PostMapping("/api/v1/customer-merges/{id}/undo")
    @Operation(summary = "Undo the latest merge into a customer: the merged customers come back with what they had")
    ResponseEntity<CustomerView> undo(@PathVariable long id) {
        CustomerView view = service.undo(id);
        return Etags.ok(view, view.version());
    }
}
