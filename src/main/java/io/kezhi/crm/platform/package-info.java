/**
 * Generic platform services that know nothing of sales or service: audit history, the recycle bin,
 * data dictionaries, attachments ({@link io.kezhi.crm.platform.Attachments}), and the scheduled jobs
 * behind them. Callers identify records by {@link io.kezhi.crm.shared.SubjectRef} and record-type keys.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = {"shared", "identity"})
package io.kezhi.crm.platform;

import org.springframework.modulith.ApplicationModule;
