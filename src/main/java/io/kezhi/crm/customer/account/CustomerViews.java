package io.kezhi.crm.customer.account;

import io.kezhi.crm.identity.DirectoryNames;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Builds customer views for a page with one query per kind of name (pools, tags; owners and departments from the directory). */
@Component
public class CustomerViews {

    private final TenantJdbc jdbc;
    private final DirectoryNames directory;

    CustomerViews(TenantJdbc jdbc, DirectoryNames directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    public CustomerView of(Customer customer) {
        return of(List.of(customer)).get(0);
    }

    public List<CustomerView> of(List<Customer> customers) {
        if (customers.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        Set<Long> owners = new HashSet<>();
        Set<Long> departments = new HashSet<>();
        Set<Long> pools = new HashSet<>();
        for (Customer c : customers) {
            ids.add(c.getId());
            departments.add(c.getOwnerDeptId());
            if (c.getOwnerId() != null) {
                owners.add(c.getOwnerId());
            }
            if (c.getPreviousOwnerId() != null) {
                owners.add(c.getPreviousOwnerId());
            }
            if (c.getPoolId() != null) {
                pools.add(c.getPoolId());
            }
        }
        Map<Long, String> ownerNames = directory.users(owners);
        Map<Long, String> departmentNames = directory.departments(departments);
        Map<Long, String> poolNames = names("SELECT id, name FROM customer_pool", pools);
        Map<Long, List<String>> tags = new HashMap<>();
        jdbc.sql("SELECT t.customer_id, t.tag FROM customer_tag t JOIN customer c ON c.id = t.customer_id"
                + " WHERE c.tenant_id = :tenantId AND t.customer_id IN (:ids) ORDER BY t.tag", Map.of("ids", ids))
                .query((rs, i) -> tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        Map<Long, Long> contacts = new HashMap<>();
        jdbc.sql("SELECT customer_id, COUNT(*) FROM contact WHERE tenant_id = :tenantId AND customer_id IN (:ids)"
                + " AND deleted_at IS NULL GROUP BY customer_id", Map.of("ids", ids))
                .query((rs, i) -> contacts.put(rs.getLong(1), rs.getLong(2))).list();
        List<CustomerView> views = new ArrayList<>();
        for (Customer c : customers) {
            CustomerProfile p = c.profileWithoutTags();
            views.add(new CustomerView(c.getId(), p.name(), p.customerType(), p.source(), p.industry(), p.valueClass(),
                    p.relationshipLevel(), p.status(), p.lifecycleStage(), p.provinceCode(), p.cityCode(),
                    p.districtCode(), p.address(), p.staffSize(), p.phone(), p.phone2(), p.email(), p.website(),
                    p.idNumber(), p.membershipNo(), p.points(), p.remark(), tags.getOrDefault(c.getId(), List.of()),
                    c.getOwnerId(), c.getOwnerId() == null ? null : ownerNames.get(c.getOwnerId()),
                    c.getOwnerDeptId(), departmentNames.get(c.getOwnerDeptId()), c.getPoolId(),
                    c.getPoolId() == null ? null : poolNames.get(c.getPoolId()), c.getOwnedSince(),
                    enteredPoolAt(c), c.getPreviousOwnerId(),
                    c.getPreviousOwnerId() == null ? null : ownerNames.get(c.getPreviousOwnerId()),
                    c.getLastFollowUpAt(), c.getNextFollowUpAt(), contacts.getOrDefault(c.getId(), 0L),
                    c.getCreatedAt(), c.getUpdatedAt(), c.getVersion()));
        }
        return views;
    }

    /** When a pooled customer went into its pool: its return, or its creation if it was never owned. */
    private static Instant enteredPoolAt(Customer c) {
        if (c.getOwnerId() != null || c.getPoolId() == null) {
            return null;
        }
        return c.getReturnedAt() != null ? c.getReturnedAt() : c.getCreatedAt();
    }

    private Map<Long, String> names(String select, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.stream().anyMatch(Objects::nonNull)) {
            jdbc.sql(select + " WHERE tenant_id = :tenantId AND id IN (:ids)", Map.of("ids", ids))
                    .query((rs, i) -> names.put(rs.getLong(1), rs.getString(2))).list();
        }
        return names;
    }
}
