package io.kezhi.crm.identity;

import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Which of a scope's owners (the user and their subordinates) own records of a type placed outside the
 * scope's departments. A department's or a tree's scope reaches records by owner and by placement, and
 * a subordinate's records are placed in the department the subordinate was in when they got them: almost
 * always one of the scope's. Read as two branches, both reached the same rows, and a filtered list read
 * the department twice (a branch director's 87k customers: 30-45 ms for each branch, benchmark data).
 * Asked first, through the narrow index of owners and placements ({@code V2_23}), this leaves the owner
 * branch only the owners who have records elsewhere, usually none ({@link ResolvedScope#branches}).
 * Deleted records count too: a superset is harmless.
 */
@Component
class OwnerPlacements {

    /** Beyond this many ranges, one {@code NOT IN} costs less than a seek per range and owner. */
    static final int MAX_RANGES = 12;

    private final TenantJdbc jdbc;

    OwnerPlacements(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The owners among {@code owners} with a record of {@code type} placed in none of {@code departments}. */
    Set<Long> placedOutside(RecordType type, Collection<Long> owners, Collection<Long> departments) {
        if (departments.isEmpty()) {
            return Set.copyOf(owners);
        }
        String owner = type.ownerId().column();
        String department = type.ownerDeptId().column();
        String select = "SELECT " + owner + " FROM " + type.table() + " WHERE tenant_id = :tenantId AND " + owner
                + " IN (:owners) AND ";
        List<String> arms = new ArrayList<>();
        for (String outside : outside(department, new TreeSet<>(departments))) {
            arms.add(select + outside);
        }
        return Set.copyOf(jdbc.sql(String.join(" UNION ", arms), Map.of("owners", owners, "departments", departments))
                .query(Long.class).list());
    }

    /**
     * "Placed in none of the departments" as ranges of department ids around them, each a condition the
     * index answers by seeking within each owner's entries (before, between and after the departments,
     * and no department): as {@code NOT IN} it is tested on every entry of every owner (a tree's 87k
     * customers: 10 ms, against 1 ms so, benchmark data). Departments scattered among many others keep
     * the {@code NOT IN}.
     */
    static List<String> outside(String column, TreeSet<Long> departments) {
        List<String> ranges = new ArrayList<>();
        ranges.add(column + " IS NULL");
        ranges.add(column + " < " + departments.first());
        Long previous = null;
        for (Long id : departments) {
            if (previous != null && id > previous + 1) {
                ranges.add(column + " > " + previous + " AND " + column + " < " + id);
            }
            previous = id;
        }
        ranges.add(column + " > " + departments.last());
        if (ranges.size() > MAX_RANGES) {
            return List.of("(" + column + " IS NULL OR " + column + " NOT IN (:departments))");
        }
        return ranges;
    }
}
