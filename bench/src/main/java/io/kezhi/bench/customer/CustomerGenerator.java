package io.kezhi.bench.customer;

import io.kezhi.bench.organisation.Branch;
import io.kezhi.bench.organisation.Organisation;
import io.kezhi.bench.values.Picks;
import io.kezhi.bench.values.Seeds;
import io.kezhi.crm.customer.account.TagDigests;
import io.kezhi.crm.identity.GranteeTokens;
import io.kezhi.crm.shared.Phones;
import io.kezhi.crm.shared.Pinyin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * All rows of customer number i — the customer, its tags, contacts, follow-ups, ownership events, phone
 * index and shares — from a random source of its own, so the rows depend on the seed and i only.
 * Pinyin and phone digits come from the application's own {@link Pinyin} and {@link Phones}.
 */
final class CustomerGenerator {

    static final long STREAM = 10;
    private static final double SHARED = 0.03;

    private final CustomerWorld world;
    private final ProfileGenerator profiles;
    private final OwnershipGenerator ownerships;
    private final ContactGenerator contacts;
    private final FollowUpGenerator followUps;

    CustomerGenerator(CustomerWorld world) {
        this.world = world;
        this.profiles = new ProfileGenerator(world.dictionaries(), world.regions());
        this.ownerships = new OwnershipGenerator(world);
        this.contacts = new ContactGenerator(world.organisation().plan().branches().stream().map(Branch::areaCode)
                .toList());
        this.followUps = new FollowUpGenerator(world.dictionaries().codes(CompanyDictionaries.FOLLOW_UP_TYPE));
    }

    /** Writes customer i's rows into the chunk and returns its owner (null in a pool). */
    Organisation.User generate(int index, CustomerChunk chunk) {
        SplittableRandom random = Seeds.random(world.seed(), STREAM, index);
        long id = world.customerId(index);
        long tenant = world.tenantId();
        Ownership ownership = ownerships.generate(random);
        Profile p = profiles.generate(random, world.branch(ownership.branch()), index);
        // drawn before the contacts and follow-ups, which carry the copy as the application writes them
        String shareGrantees = ownership.owner() != null && Picks.chance(random, SHARED)
                ? shares(chunk, random, tenant, id, ownership) : null;
        List<ContactGenerator.Written> written = contacts.generate(random, id, p, ownership, shareGrantees, tenant,
                world.asOf(), chunk.rows(CustomerTables.CONTACT));
        FollowUpGenerator.Latest latest = followUps.generate(random, id, ownership, shareGrantees, written, tenant,
                world.asOf(), chunk.rows(CustomerTables.FOLLOW_UP));
        Instant updated = latestOf(ownership.createdAt(), latest.writtenAt(), ownership.since(), ownership.returnedAt(),
                Picks.chance(random, 0.3) ? OwnershipGenerator.between(random, ownership.createdAt(), world.asOf()) : null);
        Organisation.User owner = ownership.owner();
        long deptId = ownership.departmentId();
        String deptPath = owner != null ? owner.deptPath() : ownership.pool().departmentPath();
        Pinyin.Spelling spelling = Pinyin.of(p.name());
        Organisation.User lastEditor = ownership.ownerAt(updated);
        chunk.rows(CustomerTables.CUSTOMER).add(id, tenant, p.name(), truncate(spelling.full(), 600),
                truncate(spelling.initials(), 200), p.customerType(), p.source(), p.industry(), p.valueClass(),
                p.relationshipLevel(), p.status(), p.lifecycleStage(), p.provinceCode(), p.cityCode(), p.districtCode(),
                p.address(), p.staffSize(), p.phone(), p.phone2(), p.email(), p.website(), p.idNumber(),
                p.membershipNo(), p.points(), p.remark(), idOf(ownership.owner()), deptId, deptPath,
                ownership.pool() == null ? null : ownership.pool().id(), ownership.since(), idOf(ownership.previousOwner()),
                ownership.returnedAt(), latest.occurredAt(), latest.nextFollowUpAt(), 0, ownership.createdAt(),
                ownership.creator().id(), updated, lastEditor.id(), (long) latest.count() + ownership.events().size() - 1,
                shareGrantees, TagDigests.of(p.tags()));
        p.tags().forEach(tag -> chunk.rows(CustomerTables.TAG).add(id, tag));
        index(chunk, tenant, id, 0L, p.phone(), p.phone2());
        written.forEach(c -> index(chunk, tenant, id, c.id(), c.mobile(), c.phone()));
        events(chunk, tenant, id, ownership);
        return ownership.owner();
    }

    /** As the application's PhoneIndex: the distinct national digits of the numbers, in order. */
    private static void index(CustomerChunk chunk, long tenant, long customerId, long contactId, String... phones) {
        Set<String> digits = new LinkedHashSet<>();
        Stream.of(phones).filter(n -> n != null).map(Phones::nationalDigits).flatMap(o -> o.stream())
                .forEach(digits::add);
        digits.forEach(d -> chunk.rows(CustomerTables.PHONE).add(tenant, customerId, contactId, d));
    }

    private static void events(CustomerChunk chunk, long tenant, long customerId, Ownership ownership) {
        for (int k = 0; k < ownership.events().size(); k++) {
            Ownership.Event e = ownership.events().get(k);
            chunk.rows(CustomerTables.EVENT).add(customerId + CustomerIds.EVENTS + k, tenant, customerId, e.type(),
                    idOf(e.from()), idOf(e.to()), e.pool() == null ? null : e.pool().id(), e.reason(), idOf(e.actor()),
                    e.at());
        }
    }

    /**
     * Shared by its owner with a colleague of the branch, or with a team or the branch, sometimes both;
     * returns the customer's copy of its grantees as the application writes it ({@link GranteeTokens}), or
     * null when the colleague drawn is the owner.
     */
    private String shares(CustomerChunk chunk, SplittableRandom random, long tenant, long customerId,
            Ownership ownership) {
        boolean both = Picks.chance(random, 0.2);
        boolean user = both || Picks.chance(random, 0.7);
        int k = 0;
        List<String> grantees = new ArrayList<>();
        if (user) {
            Organisation.User grantee = world.owners().repOf(ownership.branch(), random, ownership.owner());
            if (grantee.id() != ownership.owner().id()) {
                share(chunk, random, tenant, customerId, k++, "USER", grantee.id(), ownership);
                grantees.add(GranteeTokens.of("USER", grantee.id()));
            }
        }
        if (both || !user) {
            long department = world.owners().departmentOf(ownership.branch(), random).id();
            share(chunk, random, tenant, customerId, k, "DEPARTMENT", department, ownership);
            grantees.add(GranteeTokens.of("DEPARTMENT", department));
        }
        return GranteeTokens.copy(grantees);
    }

    private void share(CustomerChunk chunk, SplittableRandom random, long tenant, long customerId, int k,
            String granteeType, long granteeId, Ownership ownership) {
        chunk.rows(CustomerTables.SHARE).add(customerId + CustomerIds.SHARES + k, tenant, "customer", customerId,
                granteeType, granteeId, Picks.chance(random, 0.7) ? "READ" : "READ_WRITE",
                OwnershipGenerator.between(random, ownership.since(), world.asOf()), ownership.owner().id());
    }

    private static Long idOf(Organisation.User user) {
        return user == null ? null : user.id();
    }

    private static Instant latestOf(Instant... instants) {
        Instant latest = null;
        for (Instant i : instants) {
            if (i != null && (latest == null || i.isAfter(latest))) {
                latest = i;
            }
        }
        return latest;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
