package io.kezhi.crm.customer.importing;

import io.kezhi.crm.customer.account.CustomerProfile;
import java.util.Set;

/**
 * A checked row of a customer import.
 *
 * @param profile  the customer as the row describes it (defaults where the row is silent), validated
 * @param provided the fields the row gives a value for: what an update changes
 * @param ownerId  the owner named by the row (null: the importer)
 * @param hasName  false when the row names no customer and is matched by phone only
 */
record CustomerImportRow(CustomerProfile profile, Set<String> provided, Long ownerId, boolean hasName) {
}
