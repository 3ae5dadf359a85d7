/**
 * Import and export jobs: spreadsheets uploaded, mapped to a target's fields, validated row by
 * row and committed all-or-nothing in the background. Targets are the
 * {@link io.kezhi.crm.shared.spi.ImportTarget} beans of the modules that own the records
 * (customers now); this module knows none of them by name.
 */
@ApplicationModule(displayName = "Data exchange", allowedDependencies = {"shared", "identity", "platform"})
package io.kezhi.crm.dataexchange;

import org.springframework.modulith.ApplicationModule;
