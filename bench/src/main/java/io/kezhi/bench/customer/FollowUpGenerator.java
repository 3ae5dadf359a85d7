package io.kezhi.bench.customer;

import io.kezhi.bench.db.RowBuffer;
import io.kezhi.bench.values.FollowUpTexts;
import io.kezhi.bench.values.Picks;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Up to twenty follow-ups per customer (ten on average) between its creation and now (or its return to
 * the pool), written by whoever owned it then, often with the next follow-up planned.
 */
final class FollowUpGenerator {

    /**
     * What the customer row keeps of its follow-ups, as the application computes it: the latest one's
     * time and planned next follow-up (latest by occurred_at, then id).
     */
    record Latest(Instant occurredAt, Instant nextFollowUpAt, Instant writtenAt, int count) {
    }

    private static final Duration MAX_ENTRY_DELAY = Duration.ofHours(2);

    private final String[] types;
    private final double[] weights;

    FollowUpGenerator(List<String> typeCodes) {
        types = typeCodes.toArray(String[]::new);
        weights = new double[types.length];
        for (int i = 0; i < types.length; i++) {
            weights[i] = switch (types[i]) {
                case "call" -> 40;
                case "visit", "wechat" -> 20;
                case "email" -> 10;
                default -> 5;
            };
        }
    }

    /** The follow-ups of a customer, with its copy of its grantees ({@code shareGrantees}, null without shares). */
    Latest generate(SplittableRandom random, long customerId, Ownership ownership, String shareGrantees,
            List<ContactGenerator.Written> contacts, long tenantId, Instant asOf, RowBuffer followUps) {
        int count = random.nextInt(21);
        if (count == 0) {
            return new Latest(null, null, null, 0);
        }
        long from = ownership.createdAt().toEpochMilli();
        long span = Math.max(1, ownership.activeUntil(asOf).toEpochMilli() - from);
        long[] times = new long[count];
        for (int k = 0; k < count; k++) {
            times[k] = (from + random.nextLong(span)) / 1000 * 1000;
        }
        Arrays.sort(times);
        Latest latest = null;
        for (int k = 0; k < count; k++) {
            Instant occurred = Instant.ofEpochMilli(times[k]);
            Instant next = Picks.chance(random, 0.6) ? occurred.plus(Duration.ofDays(1 + random.nextInt(30)))
                    .plusSeconds(random.nextInt(8 * 3600)) : null;
            Instant written = OwnershipGenerator.between(random, occurred, min(occurred.plus(MAX_ENTRY_DELAY), asOf));
            ContactGenerator.Written contact = Picks.chance(random, 0.6) ? contacts.get(random.nextInt(contacts.size()))
                    : null;
            Long contactId = contact != null && !contact.createdAt().isAfter(occurred) ? contact.id() : null;
            long author = ownership.ownerAt(occurred).id();
            followUps.add(customerId + CustomerIds.FOLLOW_UPS + k, tenantId, customerId, contactId,
                    Picks.weighted(random, types, weights), FollowUpTexts.content(random), occurred, next,
                    next != null && Picks.chance(random, 0.5) ? FollowUpTexts.nextAction(random) : null, author, written,
                    author, written, author, 0L, ownership.owner() == null ? null : ownership.owner().id(),
                    ownership.departmentId(), shareGrantees);
            latest = new Latest(occurred, next, written, count);
        }
        return latest;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
