package io.kezhi.crm.customer.transfer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies for transfers and hand-overs. */
public final class TransferRequests {

    private TransferRequests() {
    }

    /** Give customers to another user; the flags move their open work along once those modules exist. */
    public record TransferCustomers(@NotNull @Size(min = 1, max = 1000) List<Long> ids, @NotNull Long toUserId,
            Boolean withOpenOpportunities, Boolean withContracts, Boolean withTasks, @Size(max = 500) String reason) {
    }

    /** Everything a user owns goes to another user ({@code toUserId}) or back to the pools ({@code toPool}). */
    public record HandOver(@NotNull Long fromUserId, Long toUserId, Boolean toPool, Boolean withOpenOpportunities,
            Boolean withContracts, Boolean withTasks, @Size(max = 500) String reason) {
    }

    /** How many customers a user owns, and how many of them the caller may hand over. */
    public record HandOverSummary(long fromUserId, long owned, long permitted) {
    }

    /** What a hand-over did. */
    public record HandOverOutcome(long handedOver, long refused) {
    }
}
