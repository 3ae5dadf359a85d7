package io.kezhi.crm.customer;

import io.kezhi.crm.customer.account.Customer;
import io.kezhi.crm.identity.RecordType;
import io.kezhi.crm.identity.RecordTypes;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Keeps the copies of a customer's owner and owner department that the records inside it carry
 * (contacts: V2_17, follow-ups: V2_19; every record type whose {@link RecordType.Parent} is the customer
 * and copies its owner) in step with the customer. Whatever changes a customer's owner or department,
 * or moves such records to another customer, calls this in the same transaction; deleted records
 * follow too, so that a restored one is in step. The copies are how lists find a user's contacts and
 * follow-ups in order; the customer's own columns still decide who sees them, so a missed call hides
 * records from lists, it never shows them to others. Written by SQL only: the copies are neither
 * audited nor part of a record's version.
 */
@Component
public class OwnerCopies {

    private static final int IDS_PER_STATEMENT = 1_000;

    private final TenantJdbc jdbc;
    /** The table and copy columns of each record type that copies its customer's owner, by table. */
    private final List<Copy> copies;

    OwnerCopies(TenantJdbc jdbc, RecordTypes recordTypes) {
        this.jdbc = jdbc;
        this.copies = recordTypes.all().stream()
                .filter(t -> t.parent() != null && t.parent().typeKey().equals(CustomerRecordTypes.CUSTOMER)
                        && t.parent().copiesOwner())
                .map(t -> new Copy(t.table(), t.parent().column(), t.parent().ownerCopy().column(),
                        t.parent().ownerDeptCopy().column()))
                .sorted(Comparator.comparing(Copy::table)).toList();
    }

    private record Copy(String table, String customerColumn, String ownerColumn, String deptColumn) {
    }

    /** The records of these customers take the owner and department the customers have now (in memory). */
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
                for (Copy c : copies) {
                    jdbc.sql("UPDATE " + c.table() + " SET " + c.ownerColumn() + " = :owner, " + c.deptColumn()
                            + " = :dept WHERE tenant_id = :tenantId AND " + c.customerColumn() + " IN (:ids)", params)
                            .update();
                }
            }
        });
    }

    /**
     * The records of these customers take the owner and department the customers have in the database
     * (after records moved between customers, e.g. by a merge or its undoing).
     */
    public void followStored(Collection<Long> customerIds) {
        for (List<Long> chunk : TenantJdbc.chunks(List.copyOf(customerIds), IDS_PER_STATEMENT)) {
            for (Copy c : copies) {
                String t = c.table();
                jdbc.sql("UPDATE " + t + " SET "
                        + c.ownerColumn() + " = (SELECT c.owner_id FROM customer c WHERE c.id = " + t + "."
                        + c.customerColumn() + "), "
                        + c.deptColumn() + " = (SELECT c.owner_dept_id FROM customer c WHERE c.id = " + t + "."
                        + c.customerColumn() + ") WHERE tenant_id = :tenantId AND " + c.customerColumn() + " IN (:ids)",
                        Map.of("ids", chunk)).update();
            }
        }
    }

    /**
     * The records of the customers waiting in a pool move with them to another department (the pool is
     * deleted and its customers go to the pool above). Call before the customers move.
     */
    public void followPooled(long poolId, long departmentId) {
        for (Copy c : copies) {
            jdbc.sql("UPDATE " + c.table() + " SET " + c.deptColumn() + " = :dept WHERE tenant_id = :tenantId AND "
                    + c.customerColumn() + " IN (SELECT c.id FROM customer c"
                    + " WHERE c.tenant_id = :tenantId AND c.pool_id = :pool AND c.owner_id IS NULL)",
                    Map.of("dept", departmentId, "pool", poolId)).update();
        }
    }

    private record Placement(Long ownerId, long deptId) {
    }
}
