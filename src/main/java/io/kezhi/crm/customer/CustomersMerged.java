package io.kezhi.crm.customer;

import java.util.List;

/**
 * Customers were merged into a survivor. Modules with records of the merged customers move them to
 * the survivor, keeping what they moved under {@code mergeId} so that {@link CustomerMergeUndone}
 * can move them back.
 */
public record CustomersMerged(long mergeId, long survivorId, List<Long> mergedIds) {
}
