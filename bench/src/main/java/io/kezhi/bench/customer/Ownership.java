package io.kezhi.bench.customer;

import io.kezhi.bench.organisation.Organisation;
import java.time.Instant;
import java.util.List;

/**
 * Who has had a customer: its creator, its owner now (null while in a pool), and the ownership events
 * (created, transferred, returned to the pool) with their times.
 *
 * @param since      when the current owner got it (the transfer, or the creation); null in a pool
 * @param returnedAt when it went to the pool; null when owned
 */
record Ownership(int branch, Instant createdAt, Organisation.User creator, Organisation.User owner,
        Organisation.User previousOwner, Pools.Pool pool, Instant since, Instant returnedAt, List<Event> events) {

    record Event(String type, Organisation.User from, Organisation.User to, Pools.Pool pool, String reason,
            Organisation.User actor, Instant at) {
    }

    /** The department the customer is placed in: its owner's, or its pool's. */
    long departmentId() {
        return owner != null ? owner.departmentId() : pool.departmentId();
    }

    /** Until when follow-ups were written by its owners: now, or its return to the pool. */
    Instant activeUntil(Instant asOf) {
        return returnedAt == null ? asOf : returnedAt;
    }

    /** Who worked on the customer at a moment: the previous owner before a transfer, else the owner. */
    Organisation.User ownerAt(Instant at) {
        if (owner == null) {
            return previousOwner;
        }
        return previousOwner != null && at.isBefore(since) ? previousOwner : owner;
    }
}
