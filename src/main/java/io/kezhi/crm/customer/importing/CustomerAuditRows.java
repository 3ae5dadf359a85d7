package io.kezhi.crm.customer.importing;

import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The history rows of customers written with SQL, in the shape Envers writes them for the
 * {@code Customer} entity: a {@code customer_aud} row with the whole audited state after the change
 * (revision type 0 when added, 1 when modified), and a {@code customer_tag_aud} row per tag added (0)
 * or removed (2).
 */
@Component
class CustomerAuditRows {

    static final short ADD = 0;
    static final short MOD = 1;
    static final short DEL = 2;

    private static final List<String> COLUMNS;
    private static final List<String> TAG_COLUMNS = List.of("rev", "revtype", "customer_id", "tag");

    static {
        List<String> columns = new ArrayList<>(List.of("id", "rev", "revtype"));
        columns.addAll(CustomerColumns.PROFILE);
        columns.addAll(List.of("owner_id", "owner_dept_id", "pool_id", "merged_into_id", "deleted_at", "deleted_by"));
        COLUMNS = List.copyOf(columns);
    }

    /** A tag given to a customer ({@link #ADD}) or taken from it ({@link #DEL}). */
    record TagChange(long customerId, String tag, short type) {
    }

    private final TenantJdbc jdbc;

    CustomerAuditRows(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    void write(long revision, short type, List<StoredCustomer> customers, List<TagChange> tags) {
        List<Object[]> rows = new ArrayList<>(customers.size());
        for (StoredCustomer c : customers) {
            Object[] row = new Object[COLUMNS.size()];
            row[0] = c.id();
            row[1] = revision;
            row[2] = type;
            int at = CustomerColumns.put(c.profile(), row, 3);
            row[at] = c.ownerId();
            row[at + 1] = c.ownerDeptId();
            row[at + 2] = c.poolId();
            row[at + 3] = c.mergedIntoId();
            row[at + 4] = c.deletedAt();
            row[at + 5] = c.deletedBy();
            rows.add(row);
        }
        jdbc.insertChildRows("customer_aud", COLUMNS, rows);
        jdbc.insertChildRows("customer_tag_aud", TAG_COLUMNS,
                tags.stream().map(t -> new Object[] {revision, t.type(), t.customerId(), t.tag()}).toList());
    }
}
