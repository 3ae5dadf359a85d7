package io.kezhi.crm.customer.account;

import io.kezhi.crm.shared.Phones;
import io.kezhi.crm.shared.db.SqlVendor;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Finds existing customers that look like a new or changed one: the same name (in any case), a shared phone
 * number (customer's or a contact's), or the same e-mail. Duplicates are searched company-wide;
 * one the caller may not see is reported by name and owner only, without its id.
 */
@Component
public class DuplicateChecker {

    private static final int LIMIT = 10;

    /** A possible duplicate; {@code id} is null when the caller may not open it. */
    public record PossibleDuplicate(Long id, String name, String ownerName, List<String> matchedOn) {
    }

    /**
     * The same name in any case, as imports match names: on PostgreSQL through the index on
     * {@code lower(name)}; MariaDB's collation ignores case by itself.
     */
    private static final Map<SqlVendor, String> SAME_NAME = Map.of(
            SqlVendor.POSTGRESQL, "lower(name) = lower(:name)",
            SqlVendor.MARIADB, "name = :name");

    private final TenantJdbc jdbc;
    private final CustomerAccess access;
    private final SqlVendor vendor;

    DuplicateChecker(TenantJdbc jdbc, CustomerAccess access, SqlVendor vendor) {
        this.jdbc = jdbc;
        this.access = access;
        this.vendor = vendor;
    }

    public List<PossibleDuplicate> find(CustomerProfile p, Long excludeId) {
        Map<Long, Set<String>> matches = new LinkedHashMap<>();
        long exclude = excludeId == null ? -1 : excludeId;
        jdbc.sql("SELECT id FROM customer WHERE tenant_id = :tenantId AND deleted_at IS NULL AND "
                + SAME_NAME.get(vendor) + " AND id <> :ex LIMIT :limit", Map.of("name", p.name(), "ex", exclude, "limit", LIMIT))
                .query(Long.class).list().forEach(id -> matches.computeIfAbsent(id, k -> new LinkedHashSet<>())
                        .add("name"));
        List<String> digits = Stream.of(p.phone(), p.phone2()).filter(Objects::nonNull)
                .map(Phones::nationalDigits).flatMap(o -> o.stream()).distinct().toList();
        if (!digits.isEmpty()) {
            jdbc.sql("""
                    SELECT DISTINCT l.customer_id FROM phone_lookup l JOIN customer c ON c.id = l.customer_id
                    WHERE l.tenant_id = :tenantId AND l.digits IN (:digits) AND c.deleted_at IS NULL
                      AND l.customer_id <> :ex LIMIT :limit""", Map.of("digits", digits, "ex", exclude, "limit", LIMIT))
                    .query(Long.class).list().forEach(id -> matches.computeIfAbsent(id, k -> new LinkedHashSet<>())
                            .add("phone"));
        }
        if (p.email() != null) {
            jdbc.sql("SELECT id FROM customer WHERE tenant_id = :tenantId AND deleted_at IS NULL AND email = :email"
                    + " AND id <> :ex LIMIT :limit", Map.of("email", p.email(), "ex", exclude, "limit", LIMIT))
                    .query(Long.class).list().forEach(id -> matches.computeIfAbsent(id, k -> new LinkedHashSet<>())
                            .add("email"));
        }
        if (matches.isEmpty()) {
            return List.of();
        }
        record Row(long id, String name, String ownerName) {
        }
        Map<Long, Row> rows = new HashMap<>();
        jdbc.sql("""
                SELECT c.id, c.name, u.display_name AS owner_name FROM customer c
                LEFT JOIN app_user u ON u.id = c.owner_id
                WHERE c.tenant_id = :tenantId AND c.id IN (:ids)""", Map.of("ids", matches.keySet()))
                .query(Row.class).list().forEach(r -> rows.put(r.id(), r));
        Set<Long> visible = new LinkedHashSet<>(access.permitted(new ArrayList<>(matches.keySet()),
                io.kezhi.crm.identity.Operation.VIEW));
        List<PossibleDuplicate> found = new ArrayList<>();
        matches.forEach((id, on) -> {
            Row row = rows.get(id);
            if (row != null) {
                found.add(new PossibleDuplicate(visible.contains(id) ? id : null, row.name(), row.ownerName(),
                        List.copyOf(on)));
            }
        });
        return found.stream().limit(LIMIT).toList();
    }
}
