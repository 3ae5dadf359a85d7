package io.kezhi.crm.shared.spi;

import io.kezhi.crm.shared.SubjectRef;

/**
 * Published, inside the restoring transaction, when a soft-deleted record comes back other than
 * through the recycle bin (e.g. a merged customer brought back by undoing the merge); the recycle
 * bin drops its entry so the record is not purged later.
 */
public record RecordRestored(SubjectRef subject) {
}
