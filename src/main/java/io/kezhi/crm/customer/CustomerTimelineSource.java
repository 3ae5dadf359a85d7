package io.kezhi.crm.customer;

import java.time.Instant;
import java.util.List;

/**
 * Contributes entries to the timeline of a customer's 360 view: follow-ups, ownership changes and,
 * as modules land, opportunities, orders, tickets... Called after the caller's right to view the
 * customer has been checked; texts are in the caller's language.
 */
public interface CustomerTimelineSource {

    /**
     * One thing that happened. {@code kind} tells the client how to show it ({@code followUp},
     * {@code ownership}, {@code contact}...); {@code subjectType}/{@code subjectId} link to the record.
     */
    record Entry(String kind, Instant at, Long actorId, String actorName, String summary, String detail,
            String subjectType, Long subjectId) {
    }

    /** The customer's entries strictly before {@code before} (null: now), newest first, at most {@code limit}. */
    List<Entry> entries(long customerId, Instant before, int limit);
}
