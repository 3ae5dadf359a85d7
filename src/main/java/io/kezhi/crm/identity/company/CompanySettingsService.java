package io.kezhi.crm.identity.company;

import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.IdentityRecordTypes;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.login.IpAllowlist;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.tenant.TenantContext;
import io.kezhi.crm.shared.web.Etags;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Settings of the caller's own company. */
@Service
class CompanySettingsService {

    record CompanyView(long id, String code, String name, String timeZone, String ipAllowlist,
            int recycleRetentionDays, Instant createdAt, long version) {

        static CompanyView of(Company c) {
            return new CompanyView(c.getId(), c.getCode(), c.getName(), c.getTimeZone(), c.getIpAllowlist(),
                    c.getRecycleRetentionDays(), c.getCreatedAt(), c.getVersion());
        }
    }

    /** Patch: null leaves a field unchanged; an empty allowlist lets every address in. */
    record UpdateCompany(@Size(min = 1, max = 100) String name, @Size(max = 40) String timeZone,
            @Size(max = 2000) String ipAllowlist, @Min(1) @Max(3650) Integer recycleRetentionDays, Long version) {
    }

    private final CompanyRepository companies;
    private final CurrentUser currentUser;

    CompanySettingsService(CompanyRepository companies, CurrentUser currentUser) {
        this.companies = companies;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    CompanyView get() {
        currentUser.require(IdentityRecordTypes.COMPANY, Operation.VIEW);
        return CompanyView.of(own());
    }

    /** Refuses an allowlist that would shut out the address the change is made from. */
    @Transactional
    CompanyView update(UpdateCompany body, long expectedVersion, String callerAddress) {
        currentUser.require(IdentityRecordTypes.COMPANY, Operation.EDIT);
        Company company = own();
        Etags.check(expectedVersion, company.getVersion());
        String timeZone = body.timeZone() == null ? company.getTimeZone() : body.timeZone().trim();
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw ApiException.invalidField("timeZone", "validation.timeZone");
        }
        String allowlist = body.ipAllowlist() == null ? company.getIpAllowlist() : body.ipAllowlist().trim();
        List<String> invalid = IpAllowlist.invalidEntries(allowlist);
        if (!invalid.isEmpty()) {
            throw ApiException.invalidField("ipAllowlist", "validation.ipAllowlist", String.join(", ", invalid));
        }
        if (allowlist != null && !IpAllowlist.parse(allowlist).allows(callerAddress)) {
            throw ApiException.invalidField("ipAllowlist", "validation.ipAllowlistExcludesYou", callerAddress);
        }
        company.updateSettings(body.name() == null ? company.getName() : body.name().trim(), timeZone,
                allowlist == null || allowlist.isEmpty() ? null : allowlist,
                body.recycleRetentionDays() == null ? company.getRecycleRetentionDays()
                        : body.recycleRetentionDays());
        companies.flush();
        return CompanyView.of(company);
    }

    private Company own() {
        return companies.findById(TenantContext.require()).orElseThrow(() -> ApiException.notFound("entity.company"));
    }
}
