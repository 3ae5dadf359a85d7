package io.kezhi.crm.customer.account;

import io.kezhi.crm.identity.PolicedView;
import java.time.Instant;
import java.util.List;

/**
 * A customer as the API shows it; fields hidden by the caller's field policy are left out.
 * {@code enteredPoolAt}: while the customer waits in a pool, when it went there (returned, or created
 * straight into the pool); {@code previousOwnerId}/{@code previousOwnerName}: who owned it before.
 */
@PolicedView("customer")
public record CustomerView(long id, String name, CustomerType customerType, String source, String industry,
        ValueClass valueClass, String relationshipLevel, CustomerStatus status, LifecycleStage lifecycleStage,
        String provinceCode, String cityCode, String districtCode, String address, String staffSize, String phone,
        String phone2, String email, String website, String idNumber, String membershipNo, long points,
        String remark, List<String> tags, Long ownerId, String ownerName, long ownerDeptId, String ownerDeptName,
        Long poolId, String poolName, Instant ownedSince, Instant enteredPoolAt, Long previousOwnerId,
        String previousOwnerName, Instant lastFollowUpAt, Instant nextFollowUpAt, long contactCount,
        Instant createdAt, Instant updatedAt, long version) {
}
