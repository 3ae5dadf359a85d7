package io.kezhi.crm.customer.pool;

import java.util.Set;

/** A pool's configuration, already validated. */
public record PoolSettings(String name, String description, Integer maxOwnedPerUser, int cooldownDays,
        boolean exemptWonDeal, boolean exemptOpenOpportunity, boolean enabled, Set<PoolRule> rules,
        Set<PoolMember> members) {
}
