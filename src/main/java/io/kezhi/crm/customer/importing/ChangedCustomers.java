package io.kezhi.crm.customer.importing;

import io.kezhi.crm.customer.account.Customer;
import io.kezhi.crm.customer.account.CustomerProfile;
import io.kezhi.crm.customer.account.PhoneIndex;
import io.kezhi.crm.customer.account.TagDigests;
import io.kezhi.crm.shared.Pinyin;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.security.CurrentActor;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

/**
 * Updates existing customers with SQL as Hibernate would: only customers whose profile or tags
 * change are written, with a new version (refused if someone else changed the customer meanwhile),
 * update stamps, pinyin, the tags added and removed, their phone index rows when a number changed,
 * and their history (the whole state after the change, as Envers writes a modification).
 */
@Component
class ChangedCustomers {

    private static final String SELECT = "SELECT id, version, " + String.join(", ", CustomerColumns.PROFILE)
            + ", owner_id, owner_dept_id, pool_id, merged_into_id, deleted_at, deleted_by FROM customer"
            + " WHERE tenant_id = :tenantId AND deleted_at IS NULL AND id IN (:ids)";
    private static final String UPDATE;

    static {
        StringBuilder sql = new StringBuilder("UPDATE customer SET ");
        for (String column : CustomerColumns.PROFILE) {
            sql.append(column).append(" = :").append(column).append(", ");
        }
        UPDATE = sql.append("name_pinyin = :name_pinyin, name_initials = :name_initials, tag_digests = :tag_digests,"
                + " updated_at = :updated_at,"
                + " updated_by = :updated_by, version = version + 1"
                + " WHERE tenant_id = :tenantId AND id = :id AND version = :version").toString();
    }

    private final TenantJdbc jdbc;
    private final PhoneIndex phones;
    private final CustomerAuditRows audit;

    ChangedCustomers(TenantJdbc jdbc, PhoneIndex phones, CustomerAuditRows audit) {
        this.jdbc = jdbc;
        this.phones = phones;
        this.audit = audit;
    }

    /**
     * Applies the changes to the customers they are keyed by, in order (two rows of a file may reach
     * the same customer); returns how many customers were reached.
     */
    int update(List<Map.Entry<Long, UnaryOperator<CustomerProfile>>> changes, long revision) {
        if (changes.isEmpty()) {
            return 0;
        }
        Map<Long, StoredCustomer> before = load(changes.stream().map(Map.Entry::getKey).distinct().toList());
        Map<Long, StoredCustomer> after = new LinkedHashMap<>(before);
        for (Map.Entry<Long, UnaryOperator<CustomerProfile>> change : changes) {
            StoredCustomer current = after.get(change.getKey());
            if (current == null) {
                throw ApiException.conflict("error.versionConflict");
            }
            after.put(change.getKey(), current.with(change.getValue().apply(current.profile())));
        }
        List<StoredCustomer> changed = after.values().stream()
                .filter(c -> !c.profile().equals(before.get(c.id()).profile())).toList();
        write(changed, before, revision);
        return after.size();
    }

    private void write(List<StoredCustomer> changed, Map<Long, StoredCustomer> before, long revision) {
        if (changed.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        Long actor = CurrentActor.userIdOrNull();
        List<Map<String, Object>> updates = new ArrayList<>(changed.size());
        List<Object[]> addedTags = new ArrayList<>();
        List<Map<String, Object>> removedTags = new ArrayList<>();
        List<CustomerAuditRows.TagChange> tagHistory = new ArrayList<>();
        Map<Long, List<String>> newNumbers = new LinkedHashMap<>();
        for (StoredCustomer c : changed) {
            CustomerProfile was = before.get(c.id()).profile();
            updates.add(parameters(c, now, actor));
            for (String tag : c.profile().tags()) {
                if (!was.tags().contains(tag)) {
                    addedTags.add(new Object[] {c.id(), tag});
                    tagHistory.add(new CustomerAuditRows.TagChange(c.id(), tag, CustomerAuditRows.ADD));
                }
            }
            for (String tag : was.tags()) {
                if (!c.profile().tags().contains(tag)) {
                    removedTags.add(Map.of("customer", c.id(), "tag", tag));
                    tagHistory.add(new CustomerAuditRows.TagChange(c.id(), tag, CustomerAuditRows.DEL));
                }
            }
            if (!Objects.equals(was.phone(), c.profile().phone()) || !Objects.equals(was.phone2(), c.profile().phone2())) {
                newNumbers.put(c.id(), Arrays.asList(c.profile().phone(), c.profile().phone2()));
            }
        }
        int[] counts = jdbc.batchUpdate(UPDATE, updates);
        for (int count : counts) {
            if (count == 0) {
                throw ApiException.conflict("error.versionConflict");
            }
        }
        jdbc.batchUpdate("DELETE FROM customer_tag WHERE customer_id = :customer AND tag = :tag AND customer_id IN"
                + " (SELECT id FROM customer WHERE tenant_id = :tenantId)", removedTags);
        jdbc.insertChildRows("customer_tag", List.of("customer_id", "tag"), addedTags);
        phones.indexCustomers(newNumbers);
        audit.write(revision, CustomerAuditRows.MOD, changed, tagHistory);
    }

    private static Map<String, Object> parameters(StoredCustomer c, Instant now, Long actor) {
        Object[] profile = new Object[CustomerColumns.PROFILE.size()];
        CustomerColumns.put(c.profile(), profile, 0);
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < profile.length; i++) {
            row.put(CustomerColumns.PROFILE.get(i), typed(profile[i]));
        }
        Pinyin.Spelling spelling = Pinyin.of(c.profile().name());
        row.put("name_pinyin", Customer.truncatedPinyin(spelling.full()));
        row.put("name_initials", Customer.truncatedInitials(spelling.initials()));
        row.put("tag_digests", typed(TagDigests.of(c.profile().tags())));
        row.put("updated_at", now);
        row.put("updated_by", new SqlParameterValue(Types.BIGINT, actor));
        row.put("id", c.id());
        row.put("version", c.version());
        return row;
    }

    /**
     * A value with its SQL type, nulls included: PostgreSQL plans a statement anew whenever the types
     * of its parameters change, as they would between a null and a text.
     */
    private static Object typed(Object value) {
        if (value instanceof Long) {
            return value;
        }
        return new SqlParameterValue(Types.VARCHAR, value instanceof Enum<?> e ? e.name() : value);
    }

    /** The customers as stored, with their tags, by id (deleted ones missing). */
    private Map<Long, StoredCustomer> load(Collection<Long> ids) {
        Map<Long, Set<String>> tags = new HashMap<>();
        jdbc.sql("SELECT t.customer_id, t.tag FROM customer_tag t JOIN customer c ON c.id = t.customer_id"
                + " WHERE c.tenant_id = :tenantId AND t.customer_id IN (:ids)", Map.of("ids", ids))
                .query((rs, n) -> tags.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2)))
                .list();
        Map<Long, StoredCustomer> found = new HashMap<>();
        jdbc.sql(SELECT, Map.of("ids", ids)).query((rs, n) -> {
            long id = rs.getLong(1);
            int after = 3 + CustomerColumns.PROFILE.size();
            StoredCustomer customer = new StoredCustomer(id, rs.getLong(2),
                    CustomerColumns.read(rs, 3, tags.getOrDefault(id, Set.of())), nullableLong(rs, after),
                    rs.getLong(after + 1), nullableLong(rs, after + 2), nullableLong(rs, after + 3),
                    jdbc.instant(rs, after + 4), nullableLong(rs, after + 5));
            return found.put(id, customer);
        }).list();
        return found;
    }

    private static Long nullableLong(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
