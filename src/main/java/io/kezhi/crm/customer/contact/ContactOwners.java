package io.kezhi.crm.customer.contact;

import io.kezhi.crm.customer.account.Customer;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Keeps each contact's copy of its customer's owner and owner department ({@code contact.owner_id},
 * {@code owner_dept_id}, V2_17) in step with the customer. Whatever changes a customer's owner or
 * department, or moves contacts to another customer, calls this in the same transaction; deleted
 * contacts follow too, so that a restored one is in step. The copies are how contact lists find a
 * user's contacts in order (see {@code RecordType.Parent}); the customer's own columns still decide
 * who sees a contact, so a missed call hides contacts from lists, it never shows them to others.
 * Written by SQL only: the copies are neither audited nor part of a contact's version.
 */
@Component
public class ContactOwners {

    private static final int IDS_PER_STATEMENT = 1_000;

    private final TenantJdbc jdbc;

    ContactOwners(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The contacts of these customers take the owner and department the customers have now (in memory). */
    public void follow(Collection<Customer> customers) {
        Map<Placement, List<Long>> byPlacement = new LinkedHashMap<>();
        for (Customer customer : customers) {
            byPlacement.computeIfAbsent(new Placement(customer.getOwnerId(), customer.getOwnerDeptId()),
                    p -> new ArrayList<>()).add(customer.getId());
        }
        byPlacement.forEach((placement, ids) -> {
            for (List<Long> chunk : TenantJdbc.chunks(ids, IDS_PER_STATEMENT)) {
                Map<String, Object> params = new HashMap<>();
                params.put("owner", placement.ownerId());
                params.put("dept", placement.deptId());
                params.put("ids", chunk);
                jdbc.sql("UPDATE contact SET owner_id = :owner, owner_dept_id = :dept"
                        + " WHERE tenant_id = :tenantId AND customer_id IN (:ids)", params).update();
            }
        });
    }

    /**
     * The contacts of these customers take the owner and department the customers have in the
     * database (after contacts moved between customers, e.g. by a merge or its undoing).
     */
    public void followStored(Collection<Long> customerIds) {
        for (List<Long> chunk : TenantJdbc.chunks(List.copyOf(customerIds), IDS_PER_STATEMENT)) {
            jdbc.sql("""
                    UPDATE contact SET
                        owner_id = (SELECT c.owner_id FROM customer c WHERE c.id = contact.customer_id),
                        owner_dept_id = (SELECT c.owner_dept_id FROM customer c WHERE c.id = contact.customer_id)
                    WHERE tenant_id = :tenantId AND customer_id IN (:ids)""", Map.of("ids", chunk)).update();
        }
    }

    /**
     * The contacts of the customers waiting in a pool move with them to another department (the pool
     * is deleted and its customers go to the pool above). Call before the customers move.
     */
    public void followPooled(long poolId, long departmentId) {
        jdbc.sql("""
                UPDATE contact SET owner_dept_id = :dept
                WHERE tenant_id = :tenantId AND customer_id IN (SELECT c.id FROM customer c
                    WHERE c.tenant_id = :tenantId AND c.pool_id = :pool AND c.owner_id IS NULL)""",
                Map.of("dept", departmentId, "pool", poolId)).update();
    }

    private record Placement(Long ownerId, long deptId) {
    }
}
