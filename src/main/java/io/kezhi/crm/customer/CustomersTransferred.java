package io.kezhi.crm.customer;

import java.util.List;

/**
 * Customers changed owner (transfer or hand-over). When the flags are set, modules owning open
 * opportunities, contracts or tasks of these customers move them to the new owner too.
 */
public record CustomersTransferred(List<Long> customerIds, long toUserId, boolean withOpenOpportunities,
        boolean withContracts, boolean withTasks) {
}
