/**
 * Companies, departments, users, roles, data scopes, field policies, sign-in and API tokens.
 *
 * <p>The public API at this package's root is what every other module uses to apply permissions:
 * {@link io.kezhi.crm.identity.CurrentUser} for the acting user's permissions and scopes,
 * {@link io.kezhi.crm.identity.RecordType} to describe an owned table once,
 * {@link io.kezhi.crm.identity.ResolvedScope} to render the data-scope predicate into SQL or JPA,
 * and {@link io.kezhi.crm.identity.FieldPolicies} for hidden and read-only fields.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = "shared")
package io.kezhi.crm.identity;

import org.springframework.modulith.ApplicationModule;
