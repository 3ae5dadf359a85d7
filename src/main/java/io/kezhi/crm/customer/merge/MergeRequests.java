package io.kezhi.crm.customer.merge;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Bodies and views of the merge API. */
public final class MergeRequests {

    private MergeRequests() {
    }

    /**
     * Merge customers into a survivor.
     *
     * @param values  per field (see {@link MergeFields#CHOOSABLE}), the id of the customer whose value
     *                survives; fields left out keep the survivor's value, or take the first merged
     *                customer's when the survivor has none. Tags are always united.
     * @param version the survivor's version as the caller saw it
     */
    public record MergeCustomers(@NotNull Long survivorId, @NotNull @Size(min = 1, max = 9) List<Long> mergedIds,
            Map<String, Long> values, Long version) {
    }

    /** A merge as shown on the survivor. */
    public record MergeView(long id, long survivorId, List<Long> mergedIds, List<String> mergedNames, Long actorId,
            String actorName, Instant mergedAt, Instant undoneAt) {
    }
}
