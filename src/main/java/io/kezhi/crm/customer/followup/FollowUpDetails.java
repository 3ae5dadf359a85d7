package io.kezhi.crm.customer.followup;

import java.time.Instant;

/** The fields of a follow-up a person writes; already validated. */
public record FollowUpDetails(Long contactId, String followType, String content, Instant occurredAt,
        Instant nextFollowUpAt, String nextAction) {
}
