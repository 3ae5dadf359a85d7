/**
 * Open to every module: identifiers, subject references, tenancy, base entities, paging, problem
 * details, and the small service-provider interfaces (recycle bin) that lower modules implement
 * and higher ones call.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package io.kezhi.crm.shared;

import org.springframework.modulith.ApplicationModule;
