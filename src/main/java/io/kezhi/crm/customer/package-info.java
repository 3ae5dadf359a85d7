/**
 * Customers (客户): accounts, contacts, follow-ups, the customer pool (公海), transfer and
 * hand-over, duplicates and merge, the 360 view and lookups.
 *
 * <p>Other modules refer to customers by id and learn of changes through the events at this
 * package's root ({@link io.kezhi.crm.customer.CustomersTransferred},
 * {@link io.kezhi.crm.customer.CustomersMerged}...); they add figures to the 360 view through
 * {@link io.kezhi.crm.customer.CustomerFigureSource}.
 */
@ApplicationModule(displayName = "Customer", allowedDependencies = {"shared", "identity", "platform"})
package io.kezhi.crm.customer;

import org.springframework.modulith.ApplicationModule;
