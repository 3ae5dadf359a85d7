package io.kezhi.crm.customer.pool;

import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.DirectoryNames;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Pool views with names and waiting-customer counts, a fixed number of queries per list. */
@Component
class PoolViews {

    private final PoolDirectory directory;
    private final CurrentUser currentUser;
    private final TenantJdbc jdbc;
    private final DirectoryNames names;

    PoolViews(PoolDirectory directory, CurrentUser currentUser, TenantJdbc jdbc, DirectoryNames names) {
        this.directory = directory;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.names = names;
    }

    PoolView of(CustomerPool pool) {
        return of(List.of(pool)).get(0);
    }

    List<PoolView> of(List<CustomerPool> pools) {
        if (pools.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        Set<Long> departments = new HashSet<>();
        Set<Long> users = new HashSet<>();
        for (CustomerPool pool : pools) {
            ids.add(pool.getId());
            departments.add(pool.getDepartmentId());
            for (PoolMember member : pool.getMembers()) {
                (member.memberType() == PoolMember.Type.USER ? users : departments).add(member.memberId());
            }
        }
        Map<Long, String> departmentNames = names.departments(departments);
        Map<Long, String> userNames = names.users(users);
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT pool_id, COUNT(*) FROM customer WHERE tenant_id = :tenantId AND pool_id IN (:ids)"
                + " AND owner_id IS NULL AND deleted_at IS NULL GROUP BY pool_id", Map.of("ids", ids))
                .query((rs, i) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        Map<Long, PoolDirectory.PlacedPool> placed = new HashMap<>();
        directory.all().forEach(p -> placed.put(p.id(), p));
        return pools.stream().sorted(Comparator.comparing(p -> placed.containsKey(p.getId())
                ? placed.get(p.getId()).departmentPath() : "")).map(pool -> new PoolView(pool.getId(), pool.getName(),
                pool.getDepartmentId(), departmentNames.get(pool.getDepartmentId()), pool.getDescription(),
                pool.getMaxOwnedPerUser(), pool.getCooldownDays(), pool.isExemptWonDeal(),
                pool.isExemptOpenOpportunity(), pool.isEnabled(),
                pool.getRules().stream().sorted(Comparator.comparing(PoolRule::valueClass))
                        .map(r -> new PoolView.RuleView(r.valueClass(), r.noFollowUpDays(), r.noDealDays(),
                                r.warnDays())).toList(),
                pool.getMembers().stream().map(m -> new PoolView.MemberView(m.memberType(), m.memberId(),
                        (m.memberType() == PoolMember.Type.USER ? userNames : departmentNames).get(m.memberId())))
                        .sorted(Comparator.comparing(PoolView.MemberView::memberType)
                                .thenComparing(PoolView.MemberView::memberId)).toList(),
                counts.getOrDefault(pool.getId(), 0L),
                placed.containsKey(pool.getId()) && directory.isMember(placed.get(pool.getId()), currentUser.profile()),
                pool.getVersion())).toList();
    }
}
