package io.kezhi.crm.customer.merge;

import io.kezhi.crm.identity.DirectoryNames;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Merge views with the merged customers' and actors' names. */
@Component
class MergeViews {

    private final TenantJdbc jdbc;
    private final DirectoryNames directory;

    MergeViews(TenantJdbc jdbc, DirectoryNames directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    List<MergeRequests.MergeView> of(List<CustomerMerge> merges) {
        Set<Long> customerIds = new HashSet<>();
        Set<Long> actors = new HashSet<>();
        for (CustomerMerge merge : merges) {
            customerIds.addAll(merge.getMergedIds());
            if (merge.getActorId() != null) {
                actors.add(merge.getActorId());
            }
        }
        Map<Long, String> customerNames = names("SELECT id, name FROM customer", customerIds);
        Map<Long, String> actorNames = directory.users(actors);
        return merges.stream().map(m -> new MergeRequests.MergeView(m.getId(), m.getSurvivorId(), m.getMergedIds(),
                m.getMergedIds().stream().map(id -> customerNames.getOrDefault(id, "#" + id)).toList(),
                m.getActorId(), m.getActorId() == null ? null : actorNames.get(m.getActorId()), m.getMergedAt(),
                m.getUndoneAt())).toList();
    }

    private Map<Long, String> names(String select, Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(select + " WHERE tenant_id = :tenantId AND id IN (:ids)", Map.of("ids", ids))
                    .query((rs, i) -> names.put(rs.getLong(1), rs.getString(2))).list();
        }
        return names;
    }
}
