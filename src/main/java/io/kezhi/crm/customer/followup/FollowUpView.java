package io.kezhi.crm.customer.followup;

import java.time.Instant;

/** A follow-up as the API shows it. */
public record FollowUpView(long id, long customerId, String customerName, Long contactId, String contactName,
        String followType, String content, Instant occurredAt, Instant nextFollowUpAt, String nextAction,
        long authorId, String authorName, int fileCount, Instant createdAt, Instant updatedAt, long version) {
}
