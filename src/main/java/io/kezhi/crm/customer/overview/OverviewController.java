package io.kezhi.crm.customer.overview;

import io.kezhi.crm.customer.account.CustomerFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Customer 360", description = "客户全景、时间线、来电查找、客户分布")
class OverviewController {

    private final CustomerOverviewService overview;
    private final CustomerLookup lookup;
    private final CustomerStats stats;

    OverviewController(CustomerOverviewService overview, CustomerLookup lookup, CustomerStats stats) {
        this.overview = overview;
        this.lookup = lookup;
        this.stats = stats;
    }

    @GetMapping("/api/v1/customers/{id}/overview")
    @Operation(summary = "Customer 360: the customer, header figures, contacts and the latest timeline entries")
    CustomerOverviewService.CustomerOverview overview(@PathVariable long id) {
        return overview.overview(id);
    }

    @GetMapping("/api/v1/customers/{id}/timeline")
    @Operation(summary = "Timeline entries before a moment, newest first (follow-ups, ownership, contacts...)")
    CustomerTimeline.TimelinePage timeline(@PathVariable long id, @RequestParam(required = false) Instant before,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return overview.timeline(id, before, size);
    }

    @GetMapping("/api/v1/customers/lookup")
    @Operation(summary = "Find customers by phone number (customer's or a contact's), ID number or membership "
            + "card number — exactly one — with their latest history")
    List<CustomerLookup.LookupMatch> lookup(@RequestParam(required = false) String phone,
            @RequestParam(required = false) String idNumber, @RequestParam(required = false) String membershipNo) {
        return lookup.lookup(phone, idNumber, membershipNo);
    }

    @GetMapping("/api/v1/customers/stats")
    @Operation(summary = "How the customers in the caller's scope matching the filters distribute over one "
            + "dimension: source, valueClass, industry, region, status, lifecycleStage, owner, customerType, "
            + "relationshipLevel")
    CustomerStats.Distribution stats(@RequestParam String by, @ParameterObject CustomerFilter filter) {
        return stats.distribution(by, filter);
    }
}
