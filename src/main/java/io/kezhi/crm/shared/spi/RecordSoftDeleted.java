package io.kezhi.crm.shared.spi;

import io.kezhi.crm.shared.SubjectRef;

/**
 * Published, inside the deleting transaction, when a record is soft-deleted; the recycle bin
 * records it with the owner columns that decide who may later see and restore it.
 */
public record RecordSoftDeleted(SubjectRef subject, String title, Long ownerId, Long ownerDeptId,
        String ownerDeptPath) {
}
