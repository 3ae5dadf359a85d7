package io.kezhi.crm.identity;

/**
 * Published, inside the set-up transaction and with the new company as current tenant, when a
 * company has been created; modules seed their per-company data (dictionaries...) on it.
 */
public record CompanySetUp(long companyId) {
}
