package io.kezhi.crm.customer;

import java.util.List;

/** A merge was undone: the merged customers exist again; modules move back what they moved. */
public record CustomerMergeUndone(long mergeId, long survivorId, List<Long> restoredIds) {
}
