package io.kezhi.crm.customer.importing;

import io.kezhi.crm.customer.account.CustomerProfile;
import java.time.Instant;

/**
 * A customer's audited state, what Envers keeps of it in {@code customer_aud}: the profile (with its
 * tags, kept in {@code customer_tag_aud}), owner and placement, pool, merge and deletion marks.
 */
record StoredCustomer(long id, long version, CustomerProfile profile, Long ownerId, long ownerDeptId, Long poolId,
        Long mergedIntoId, Instant deletedAt, Long deletedBy) {

    StoredCustomer with(CustomerProfile newProfile) {
        return new StoredCustomer(id, version, newProfile, ownerId, ownerDeptId, poolId, mergedIntoId, deletedAt,
                deletedBy);
    }
}
