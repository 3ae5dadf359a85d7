package io.kezhi.crm.customer;

import java.util.List;

/** Customers went back to a pool, by hand or by the pool's rules; other modules may release their work. */
public record CustomerReturnedToPool(List<Long> customerIds, long poolId, Long previousOwnerId, boolean automatic) {
}
