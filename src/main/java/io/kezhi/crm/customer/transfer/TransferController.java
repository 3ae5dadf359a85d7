package io.kezhi.crm.customer.transfer;

import io.kezhi.crm.customer.account.CustomerRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Customer transfer", description = "客户转移与离职交接")
class TransferController {

    private final TransferService service;

    TransferController(TransferService service) {
        this.service = service;
    }

    @PostMapping("/api/v1/customers/batch/transfer")
    @Operation(summary = "Transfer customers to another user; only those the caller may assign move")
    CustomerRequests.BatchOutcome transfer(@Valid @RequestBody TransferRequests.TransferCustomers request) {
        return service.transfer(request);
    }

    @GetMapping("/api/v1/customers/hand-over/{fromUserId}")
    @Operation(summary = "How many customers a user owns and how many of them the caller may hand over")
    TransferRequests.HandOverSummary summary(@PathVariable long fromUserId) {
        return service.summary(fromUserId);
    }

    @PostMapping("/api/v1/customers/hand-over")
    @Operation(summary = "Hand every customer of a (leaving) user over to another user or back to the pools")
    TransferRequests.HandOverOutcome handOver(@Valid @RequestBody TransferRequests.HandOver request) {
        return service.handOver(request);
    }
}
