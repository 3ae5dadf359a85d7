package io.kezhi.crm.customer.pool;

import java.util.List;

/** A pool with its rules, members, and how many customers wait in it. */
public record PoolView(long id, String name, long departmentId, String departmentName, String description,
        Integer maxOwnedPerUser, int cooldownDays, boolean exemptWonDeal, boolean exemptOpenOpportunity,
        boolean enabled, List<RuleView> rules, List<MemberView> members, long customerCount, boolean member,
        long version) {

    public record RuleView(String valueClass, Integer noFollowUpDays, Integer noDealDays, int warnDays) {
    }

    public record MemberView(PoolMember.Type memberType, long memberId, String name) {
    }
}
