package io.kezhi.crm.identity;

import io.kezhi.crm.shared.db.SqlVendor;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The copy of a shareable record's shares on its own row ({@code share_grantees}, written as
 * {@link GranteeTokens} says: {@code "d1051 u1556"}, NULL without shares). On PostgreSQL lists find the
 * records shared with a user through an index of these tokens ({@code V2_27}; {@link ResolvedScope}'s
 * shared branch), visiting each shared row once instead of descending the primary key for each of them.
 * {@code record_share} stays the record of the shares and decides single-record checks and counts;
 * whoever changes a record's shares calls {@link #lock} before and {@link #refresh} after, in the same
 * transaction, so that the copy never differs from the shares where another transaction can see it.
 *
 * <p>The lock serialises changes to one record's shares: without it, two transactions changing them at
 * once could each read the shares without the other's change, and the later writer would leave a copy
 * that misses a share or still holds a revoked one (a list would then show the record to a user whose
 * share was taken back). After the lock, PostgreSQL's next statement sees every change committed before
 * (read committed); MariaDB's consistent reads may keep an earlier snapshot, so there the shares are
 * read with a locking read, which sees the latest committed rows.
 *
 * <p>Records inside a shareable one (a customer's contacts and follow-ups: {@link RecordType.Parent#shareCopy})
 * carry the same copy: {@link #refresh} rewrites it with the parent's, a new child takes its parent's
 * ({@link #forNewChild}, under the same lock), and children moved to another parent take their new
 * parent's ({@link #followParents}). Lists read it only as the condition of an index of the children of
 * shared parents in list order; which of them are shared with a user is still tested on
 * {@code record_share}, so a child's copy out of step can hide it from a list, never show it.
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

    /**
     * The copy a new record inside {@code parentId} takes: the parent's, read after locking the parent's
     * row as {@link #lock} does, so that a change to the parent's shares made at the same time either
     * finishes before (and is read) or waits for the new child (and its refresh reaches it).
     */
    public String forNewChild(String parentTypeKey, long parentId) {
        RecordType parent = copying(parentTypeKey);
        if (parent == null) {
            return null;
        }
        return jdbc.sql("SELECT " + parent.shareCopy().column() + " FROM " + parent.table()
                + " WHERE tenant_id = :tenantId AND id = :id FOR UPDATE", Map.of("id", parentId))
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).single().orElse(null);
    }

    /**
     * The records inside these parents take their parents' copy as stored: after records moved from one
     * parent to another (a merge and its undoing), with the parents {@linkplain #lock locked}.
     */
    public void followParents(String parentTypeKey, Collection<Long> parentIds) {
        RecordType parent = copying(parentTypeKey);
        if (parent == null || parentIds.isEmpty()) {
            return;
        }
        for (List<Long> chunk : TenantJdbc.chunks(new ArrayList<>(new TreeSet<>(parentIds)), 500)) {
            for (RecordType child : children(parentTypeKey)) {
                String t = child.table();
                String link = child.parent().column();
                jdbc.sql("UPDATE " + t + " SET " + child.parent().shareCopy().column() + " = (SELECT p."
                        + parent.shareCopy().column() + " FROM " + parent.table() + " p WHERE p.id = " + t + "." + link
                        + ") WHERE tenant_id = :tenantId AND " + link + " IN (:ids)", Map.of("ids", chunk)).update();
            }
        }
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
            Map<Long, List<String>> tokens = new HashMap<>();
            jdbc.sql("SELECT subject_id, grantee_type, grantee_id FROM record_share WHERE tenant_id = :tenantId"
                    + " AND subject_type = :type AND subject_id IN (:ids)" + latestCommitted,
                    Map.of("type", typeKey, "ids", chunk))
                    .query(Grantee.class).list()
                    .forEach(g -> tokens.computeIfAbsent(g.subjectId(), k -> new ArrayList<>())
                            .add(GranteeTokens.of(g.granteeType(), g.granteeId())));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Long id : chunk) {
                Map<String, Object> row = new HashMap<>();
                row.put("id", id);
                row.put("grantees", GranteeTokens.copy(tokens.getOrDefault(id, List.of())));
                rows.add(row);
            }
            jdbc.batchUpdate("UPDATE " + type.table() + " SET " + type.shareCopy().column() + " = :grantees"
                    + " WHERE tenant_id = :tenantId AND id = :id", rows);
            for (RecordType child : children(typeKey)) {
                jdbc.batchUpdate("UPDATE " + child.table() + " SET " + child.parent().shareCopy().column()
                        + " = :grantees WHERE tenant_id = :tenantId AND " + child.parent().column() + " = :id", rows);
            }
        }
    }

    /** The record types inside {@code parentTypeKey} that carry a copy of its grantees. */
    private List<RecordType> children(String parentTypeKey) {
        return types.all().stream().filter(t -> t.parent() != null && t.parent().typeKey().equals(parentTypeKey)
                && t.parent().shareCopy() != null).toList();
    }

    /** The type, if it keeps a copy of its grantees; null if it keeps none. */
    private RecordType copying(String typeKey) {
        RecordType type = types.find(typeKey).filter(RecordType::shareable)
                .orElseThrow(() -> new IllegalArgumentException("Not a shareable record type: " + typeKey));
        return type.shareCopy() == null ? null : type;
    }
}
