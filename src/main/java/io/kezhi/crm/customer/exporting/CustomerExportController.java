package io.kezhi.crm.customer.exporting;

import io.kezhi.crm.customer.account.CustomerFilter;
import io.kezhi.crm.platform.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "客户")
class CustomerExportController {

    private final CustomerExport export;

    CustomerExportController(CustomerExport export) {
        this.export = export;
    }

    @GetMapping("/export")
    @Operation(summary = "The customer list as CSV or xlsx: the same filters and sort as GET /customers, the caller's "
            + "EXPORT scope, columns as listed (hidden fields left out), values and headers in the caller's language")
    void export(@ParameterObject CustomerFilter filter, @RequestParam(required = false) String format,
            @RequestParam(required = false) String columns, @RequestParam(required = false) String sort,
            HttpServletResponse response) throws IOException {
        CustomerExport.Plan plan = export.plan(format, columns, filter, sort);
        Downloads.start(response, plan.format().contentType(), plan.fileName());
        export.write(plan, LocaleContextHolder.getLocale(), response.getOutputStream());
    }
}
