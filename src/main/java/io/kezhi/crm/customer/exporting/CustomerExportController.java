package io.kezhi.crm.customer.exporting;

import io.kezhi.crm.customer.account.CustomerFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
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
        response.setContentType(plan.format().contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + plan.fileName()
                + "\"; filename*=UTF-8''" + plan.fileName());
        // Commit the headers now: committing the response saves the browser session (Spring Session
        // JDBC), which must not happen later inside the export's read-only transaction.
        response.flushBuffer();
        export.write(plan, LocaleContextHolder.getLocale(), response.getOutputStream());
    }
}
