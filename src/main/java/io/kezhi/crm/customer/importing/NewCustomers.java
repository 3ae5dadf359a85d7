package io.kezhi.crm.customer.importing;

import io.kezhi.crm.customer.account.Customer;
import io.kezhi.crm.customer.account.CustomerEvents;
import io.kezhi.crm.customer.account.CustomerProfile;
import io.kezhi.crm.customer.account.CustomerService;
import io.kezhi.crm.customer.account.PhoneIndex;
import io.kezhi.crm.customer.account.TagDigests;
import io.kezhi.crm.shared.Pinyin;
import io.kezhi.crm.shared.jpa.EntityIds;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.security.CurrentActor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Inserts imported customers with multi-row SQL, each exactly as {@link CustomerService#create} and
 * Hibernate would write it: an id from the entity's generator, pinyin and initials of the name, the
 * owner's placement, creation stamps and version 0, its tags, its phone index rows, a CREATED
 * ownership event and its history (Envers rows under the import's revision).
 */
@Component
class NewCustomers {

    /** A customer to create: its profile, owner and the owner's placement. */
    record NewCustomer(CustomerProfile profile, long ownerId, CustomerService.OwnerPlacement placement) {
    }

    private static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>(List.of("id", "name_pinyin", "name_initials"));
        columns.addAll(CustomerColumns.PROFILE);
        columns.addAll(List.of("owner_id", "owner_dept_id", "owner_dept_path", "owned_since", "open_opportunities",
                "created_at", "created_by", "updated_at", "updated_by", "version", "tag_digests"));
        COLUMNS = List.copyOf(columns);
    }

    private final EntityIds ids;
    private final TenantJdbc jdbc;
    private final PhoneIndex phones;
    private final CustomerEvents events;
    private final CustomerAuditRows audit;
    private final Clock clock;

    NewCustomers(EntityIds ids, TenantJdbc jdbc, PhoneIndex phones, CustomerEvents events, CustomerAuditRows audit,
            Clock clock) {
        this.ids = ids;
        this.jdbc = jdbc;
        this.phones = phones;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    void insert(List<NewCustomer> customers, long revision) {
        if (customers.isEmpty()) {
            return;
        }
        long[] newIds = ids.next(Customer.class, customers.size());
        Instant now = Instant.now();
        Instant ownedSince = clock.instant();
        Long actor = CurrentActor.userIdOrNull();
        List<Object[]> rows = new ArrayList<>(customers.size());
        List<Object[]> tags = new ArrayList<>();
        List<StoredCustomer> stored = new ArrayList<>(customers.size());
        List<CustomerAuditRows.TagChange> tagHistory = new ArrayList<>();
        Map<Long, List<String>> phoneNumbers = new LinkedHashMap<>();
        Map<Long, Long> owners = new LinkedHashMap<>();
        for (int i = 0; i < customers.size(); i++) {
            NewCustomer c = customers.get(i);
            long id = newIds[i];
            rows.add(row(id, c, now, ownedSince, actor));
            for (String tag : c.profile().tags()) {
                tags.add(new Object[] {id, tag});
                tagHistory.add(new CustomerAuditRows.TagChange(id, tag, CustomerAuditRows.ADD));
            }
            stored.add(new StoredCustomer(id, 0, c.profile(), c.ownerId(), c.placement().departmentId(), null, null,
                    null, null));
            phoneNumbers.put(id, Arrays.asList(c.profile().phone(), c.profile().phone2()));
            owners.put(id, c.ownerId());
        }
        jdbc.insertRows("customer", COLUMNS, rows);
        jdbc.insertChildRows("customer_tag", List.of("customer_id", "tag"), tags);
        phones.indexNewCustomers(phoneNumbers);
        events.recordCreated(owners);
        audit.write(revision, CustomerAuditRows.ADD, stored, tagHistory);
    }

    private static Object[] row(long id, NewCustomer c, Instant now, Instant ownedSince, Long actor) {
        Object[] row = new Object[COLUMNS.size()];
        Pinyin.Spelling spelling = Pinyin.of(c.profile().name());
        row[0] = id;
        row[1] = Customer.truncatedPinyin(spelling.full());
        row[2] = Customer.truncatedInitials(spelling.initials());
        int at = CustomerColumns.put(c.profile(), row, 3);
        Object[] rest = {c.ownerId(), c.placement().departmentId(), c.placement().departmentPath(), ownedSince, 0, now,
            actor, now, actor, 0L, TagDigests.of(c.profile().tags())};
        System.arraycopy(rest, 0, row, at, rest.length);
        return row;
    }
}
