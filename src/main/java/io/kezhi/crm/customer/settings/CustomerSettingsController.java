package io.kezhi.crm.customer.settings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Customer settings", description = "客户模块设置")
class CustomerSettingsController {

    record SaveSettings(@NotNull DuplicateMode duplicateMode) {
    }

    private final CustomerSettings settings;

    CustomerSettingsController(CustomerSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/api/v1/customer-settings")
    @Operation(summary = "The company's customer settings (duplicate handling: WARN or BLOCK)")
    CustomerSettings.CustomerSettingsView get() {
        return settings.view();
    }

    @PutMapping("/api/v1/customer-settings")
    @Operation(summary = "Change the customer settings (company administrators)")
    CustomerSettings.CustomerSettingsView save(@Valid @RequestBody SaveSettings request) {
        return settings.update(request.duplicateMode());
    }
}
