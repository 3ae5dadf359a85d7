package io.kezhi.bench.customer;

import io.kezhi.bench.organisation.Organisation;
import io.kezhi.bench.organisation.OrganisationPlan;
import io.kezhi.bench.values.Picks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Creation time (spread over the three years before the as-of time) and ownership: most customers owned
 * by the rep who created them, some transferred to a colleague of the branch, about 5% back in their
 * branch's pool (most by the 90-day rule, some returned by hand).
 */
final class OwnershipGenerator {

    static final Duration HISTORY = Duration.ofDays(3 * 365);
    private static final double POOLED = 0.05;
    private static final double TRANSFERRED = 0.12;

    private final CustomerWorld world;

    OwnershipGenerator(CustomerWorld world) {
        this.world = world;
    }

    Ownership generate(SplittableRandom random) {
        Instant asOf = world.asOf();
        Instant created = asOf.minusMillis(random.nextLong(HISTORY.toMillis()));
        List<Ownership.Event> events = new ArrayList<>();
        if (Picks.chance(random, POOLED)) {
            int branch = world.owners().branch(random);
            Organisation.User previous = world.owners().repOf(branch, random, null);
            Pools.Pool pool = world.pools().byBranch().get(branch);
            Instant returned = between(random, created.plus(Duration.ofDays(1)), asOf);
            events.add(new Ownership.Event("CREATED", null, previous, null, null, previous, created));
            boolean automatic = Picks.chance(random, 0.7);
            // an automatic return's reason is its rule and days, as the pool rules write it (the 360 view words it)
            events.add(new Ownership.Event(automatic ? "AUTO_RETURNED" : "RETURNED", previous, null, pool,
                    automatic ? "NO_FOLLOW_UP:90" : "客户暂无需求，退回公海", automatic ? null : previous, returned));
            return new Ownership(branch, created, previous, null, previous, pool, null, returned, events);
        }
        Organisation.User owner = world.owners().owner(random);
        int branch = owner.branch();
        if (Picks.chance(random, TRANSFERRED)) {
            Organisation.User previous = world.owners().repOf(branch, random, owner);
            if (previous.id() != owner.id()) {
                Instant since = between(random, created, asOf);
                Organisation.User director = world.organisation().user(OrganisationPlan.branchDirector(branch));
                events.add(new Ownership.Event("CREATED", null, previous, null, null, previous, created));
                events.add(new Ownership.Event("TRANSFERRED", previous, owner, null, "工作交接", director, since));
                return new Ownership(branch, created, previous, owner, previous, null, since, null, events);
            }
        }
        events.add(new Ownership.Event("CREATED", null, owner, null, null, owner, created));
        return new Ownership(branch, created, owner, owner, null, null, created, null, events);
    }

    /** A moment in [from, to], or {@code to} when the range is empty. */
    static Instant between(SplittableRandom random, Instant from, Instant to) {
        long span = to.toEpochMilli() - from.toEpochMilli();
        return span <= 0 ? to : from.plusMillis(random.nextLong(span + 1));
    }
}
