package io.kezhi.crm.identity.company;

import io.kezhi.crm.shared.web.Etags;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own company: name, time zone, sign-in address allowlist, recycle bin retention. */
@RestController
@RequestMapping("/api/v1/company")
@Tag(name = "Company", description = "企业设置")
class CompanySettingsController {

    private final CompanySettingsService service;

    CompanySettingsController(CompanySettingsService service) {
        this.service = service;
    }

    @GetMapping
    ResponseEntity<CompanySettingsService.CompanyView> get() {
        CompanySettingsService.CompanyView view = service.get();
        return Etags.ok(view, view.version());
    }

    @PatchMapping
    ResponseEntity<CompanySettingsService.CompanyView> update(
            @Valid @RequestBody CompanySettingsService.UpdateCompany body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        CompanySettingsService.CompanyView view = service.update(body,
                Etags.expectedVersion(ifMatch, body.version()), request.getRemoteAddr());
        return Etags.ok(view, view.version());
    }
}
