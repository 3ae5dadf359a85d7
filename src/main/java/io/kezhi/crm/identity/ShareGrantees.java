package io.kezhi.crm.identity;

import io.kezhi.crm.shared.db.SqlVendor;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The copy of a shareable record's shares on its own row, {@code share_grantees}: a token per grantee,
 * {@code u} and a user's id or {@code d} and a department's id, space-separated in the order of type and
 * id ({@code "d1051 u1556"}), NULL without shares. On PostgreSQL lists find the records shared with a
 * user through an index of these tokens ({@code V2_27}; {@link ResolvedScope}'s shared branch), visiting
 * each shared row once instead of descending the primary key for each of them. {@code record_share}
 * stays the record of the shares and decides single-record checks and counts; whoever changes a
 * record's shares calls {@link #refresh} in the same transaction, so that the copy never differs from
 * the shares where another transaction can see it.
 */
@Component
public class ShareGrantees {

    private final TenantJdbc jdbc;
    private final RecordTypes types;
    private final String latestCommitted;

    ShareGrantees(TenantJdbc jdbc, RecordTypes types, SqlVendor vendor) {
        this.jdbc = jdbc;
        this.types = types;
        this.latestCommitted = vendor == SqlVendor.MARIADB ? " LOCK IN SHARE MODE" : "";
    }

    /** Locks these records' rows until the transaction ends; call it before changing their shares. */
    public void lock(String typeKey, Collection<Long> subjectIds) {
        RecordType type = copying(typeKey);
        if (type != null && !subjectIds.isEmpty()) {
            for (List<Long> chunk : TenantJdbc.chunks(new ArrayList<>(new TreeSet<>(subjectIds)), 500)) {
                jdbc.sql("SELECT id FROM " + type.table() + " WHERE tenant_id = :tenantId AND id IN (:ids)"
                        + " ORDER BY id FOR UPDATE", Map.of("ids", chunk)).query(Long.class).list();
            }
        }
    }

    /**
     * Rewrites the copy of these records' shares from {@code record_share}, for a type that keeps one;
     * the records must have been {@linkplain #lock locked} before their shares changed.
     */
    public void refresh(String typeKey, Collection<Long> subjectIds) {
        RecordType type = copying(typeKey);
        if (type == null) {
            return;
        }
        lock(typeKey, subjectIds);
        List<Long> ids = new ArrayList<>(new TreeSet<>(subjectIds));
        for (List<Long> chunk : TenantJdbc.chunks(ids, 500)) {
            record Grantee(long subjectId, String granteeType, long granteeId) {
            }
            Map<Long, List<Grantee>> bySubject = new HashMap<>();
            jdbc.sql("SELECT subject_id, grantee_type, grantee_id FROM record_share WHERE tenant_id = :tenantId"
                    + " AND subject_type = :type AND subject_id IN (:ids)" + latestCommitted,
                    Map.of("type", typeKey, "ids", chunk))
                    .query(Grantee.class).list()
                    .forEach(g -> bySubject.computeIfAbsent(g.subjectId(), k -> new ArrayList<>()).add(g));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Long id : chunk) {
                TreeSet<String> tokens = new TreeSet<>(ShareGrantees::byTypeThenId);
                bySubject.getOrDefault(id, List.of()).forEach(g -> tokens.add(token(g.granteeType(), g.granteeId())));
                Map<String, Object> row = new HashMap<>();
                row.put("id", id);
                row.put("grantees", tokens.isEmpty() ? null : String.join(" ", tokens));
                rows.add(row);
            }
            jdbc.batchUpdate("UPDATE " + type.table() + " SET " + type.shareCopy().column() + " = :grantees"
                    + " WHERE tenant_id = :tenantId AND id = :id", rows);
        }
    }

    /** The type, if it keeps a copy of its grantees; null if it keeps none. */
    private RecordType copying(String typeKey) {
        RecordType type = types.find(typeKey).filter(RecordType::shareable)
                .orElseThrow(() -> new IllegalArgumentException("Not a shareable record type: " + typeKey));
        return type.shareCopy() == null ? null : type;
    }

    /** The tokens of the grantees through which a user is reached: the user, their department and those above it. */
    static List<String> reaching(long userId, List<Long> departmentAndAncestors) {
        List<String> tokens = new ArrayList<>(departmentAndAncestors.size() + 1);
        tokens.add(token("USER", userId));
        departmentAndAncestors.forEach(d -> tokens.add(token("DEPARTMENT", d)));
        return tokens;
    }

    private static String token(String granteeType, long granteeId) {
        return switch (granteeType) {
            case "USER" -> "u" + granteeId;
            case "DEPARTMENT" -> "d" + granteeId;
            default -> throw new IllegalStateException("Unknown grantee type " + granteeType);
        };
    }

    /** As the migration writes them: departments before users, each by id. */
    private static int byTypeThenId(String a, String b) {
        int type = Character.compare(a.charAt(0), b.charAt(0));
        return type != 0 ? type : Long.compare(Long.parseLong(a.substring(1)), Long.parseLong(b.substring(1)));
    }
}
