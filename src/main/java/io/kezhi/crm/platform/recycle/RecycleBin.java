package io.kezhi.crm.platform.recycle;

import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.RecordType;
import io.kezhi.crm.identity.RecordTypes;
import io.kezhi.crm.identity.ResolvedScope;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.Likes;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.security.CurrentActor;
import io.kezhi.crm.shared.spi.Recyclable;
import io.kezhi.crm.shared.spi.RecordRestored;
import io.kezhi.crm.shared.spi.RecordSoftDeleted;
import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import io.kezhi.crm.platform.Attachments;
import io.kezhi.crm.shared.SubjectRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recycle bin. A user sees, restores and purges the deleted records they could have deleted:
 * for each record type, the delete scope of its module applies to the owner the record had.
 */
@Service
public class RecycleBin {

    static final Map<String, String> SORTS = Map.of("deletedAt", "e.deleted_at", "purgeAfter", "e.purge_after");

    public record RecycleBinEntry(long id, String subjectType, long subjectId, String title, Long deletedBy,
            String deletedByName, Instant deletedAt, Instant purgeAfter) {
    }

    private final RecycleEntryRepository entries;
    private final RecordTypes recordTypes;
    private final CurrentUser currentUser;
    private final TenantJdbc jdbc;
    private final Map<String, Recyclable> recyclables;
    private final Attachments attachments;
    private final Clock clock;

    RecycleBin(RecycleEntryRepository entries, RecordTypes recordTypes, CurrentUser currentUser, TenantJdbc jdbc,
            List<Recyclable> recyclables, Attachments attachments, Clock clock) {
        this.entries = entries;
        this.attachments = attachments;
        this.clock = clock;
        this.recordTypes = recordTypes;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.recyclables = recyclables.stream().collect(Collectors.toUnmodifiableMap(Recyclable::type,
                Function.identity()));
    }

    /** Records the deletion in the same transaction as the delete itself. */
    @EventListener
    void onSoftDelete(RecordSoftDeleted event) {
        int retentionDays = jdbc.sql("SELECT recycle_retention_days FROM company WHERE id = :tenantId")
                .query(Integer.class).single();
        Instant now = clock.instant();
        entries.save(new RecycleEntry(event.subject().type(), event.subject().id(), event.title(), event.ownerId(),
                event.ownerDeptId(), event.ownerDeptPath(), CurrentActor.userIdOrNull(),
                CurrentActor.get().map(a -> a.displayName()).orElse(null), now,
                now.plus(Duration.ofDays(retentionDays))));
    }

    /** The record came back some other way: it is no longer in the bin and is not purged. */
    @EventListener
    void onRestored(RecordRestored event) {
        jdbc.sql("DELETE FROM recycle_entry WHERE tenant_id = :tenantId AND subject_type = :type AND subject_id = :id",
                Map.of("type", event.subject().type(), "id", event.subject().id())).update();
    }

    /** A kind of record the caller may find in the bin, named in the caller's language. */
    public record RecycleBinType(String key, String label) {
    }

    /** The record types whose deleted records the caller may see (those they may delete). */
    public List<RecycleBinType> types(MessageSource messages, Locale locale) {
        return recordTypes.all().stream()
                .filter(type -> type.softDelete() && recyclables.containsKey(type.key())
                        && currentUser.profile().can(type.permissionModule(), Operation.DELETE))
                .map(type -> new RecycleBinType(type.key(),
                        messages.getMessage(type.labelKey(), null, type.key(), locale)))
                .sorted(java.util.Comparator.comparing(RecycleBinType::key)).toList();
    }

    @Transactional(readOnly = true)
    public PageResult<RecycleBinEntry> list(String type, String q, ListQuery query) {
        Map<String, Object> params = new HashMap<>();
        String visible = visibility(params, type);
        StringBuilder where = new StringBuilder("e.tenant_id = :tenantId AND ").append(visible);
        if (q != null && !q.isBlank()) {
            where.append(" AND LOWER(e.title) LIKE :q ESCAPE '!'");
            params.put("q", Likes.contains(q));
        }
        String order = query.sort().stream().map(o -> o.property() + (o.ascending() ? " ASC" : " DESC"))
                .collect(Collectors.joining(", "));
        params.put("limit", query.size() + 1);
        params.put("offset", query.offset());
        List<RecycleBinEntry> rows = jdbc.sql("""
                SELECT e.id, e.subject_type, e.subject_id, e.title, e.deleted_by, e.deleted_by_name, e.deleted_at,
                       e.purge_after
                FROM recycle_entry e WHERE """ + " " + where + " ORDER BY " + order + ", e.id DESC"
                + " LIMIT :limit OFFSET :offset", params)
                .query((rs, i) -> new RecycleBinEntry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        (Long) rs.getObject(5, Long.class), rs.getString(6), jdbc.instant(rs, 7),
                        jdbc.instant(rs, 8)))
                .list();
        Long total = query.includeTotal()
                ? jdbc.sql("SELECT COUNT(*) FROM recycle_entry e WHERE " + where, params).query(Long.class).single()
                : null;
        return PageResult.fromOverfetch(rows, query, total);
    }

    @Transactional
    public void restore(long entryId) {
        RecycleEntry entry = visibleEntry(entryId);
        recyclableFor(entry).restore(entry.getSubjectId());
        entries.delete(entry);
    }

    /** Removes a record for good before its time (needs the recycle-bin purge permission). */
    @Transactional
    public void purgeNow(long entryId) {
        currentUser.require(RecycleBinPermissions.MODULE, Operation.DELETE);
        purge(visibleEntry(entryId));
    }

    /** Purges the current company's expired entries; returns how many. Used by the scheduled job. */
    @Transactional
    public int purgeExpired(Instant now) {
        List<RecycleEntry> due = entries.findTop200ByPurgeAfterBeforeOrderByPurgeAfterAsc(now);
        due.forEach(this::purge);
        return due.size();
    }

    /** The record goes for good, with the files attached to it. */
    private void purge(RecycleEntry entry) {
        recyclableFor(entry).purge(entry.getSubjectId());
        attachments.deleteAll(new SubjectRef(entry.getSubjectType(), entry.getSubjectId()));
        entries.delete(entry);
    }

    private RecycleEntry visibleEntry(long entryId) {
        Map<String, Object> params = new HashMap<>();
        params.put("entryId", entryId);
        String visible = visibility(params, null);
        boolean found = jdbc.sql("SELECT COUNT(*) FROM recycle_entry e WHERE e.tenant_id = :tenantId"
                + " AND e.id = :entryId AND " + visible, params).query(Long.class).single() > 0;
        if (!found) {
            throw ApiException.notFound("entity.recycleEntry");
        }
        return entries.findById(entryId).orElseThrow(() -> ApiException.notFound("entity.recycleEntry"));
    }

    /**
     * The entries the caller may see: per record type whose module grants the caller delete, that
     * type's delete scope applied to the entry's owner columns.
     */
    private String visibility(Map<String, Object> params, String onlyType) {
        List<String> any = new ArrayList<>();
        int n = 0;
        for (RecordType type : recordTypes.all()) {
            if (!type.softDelete() || (onlyType != null && !onlyType.equals(type.key()))
                    || !recyclables.containsKey(type.key())
                    || !currentUser.profile().can(type.permissionModule(), Operation.DELETE)) {
                continue;
            }
            String prefix = "rb" + n++;
            ResolvedScope scope = currentUser.scope(type, Operation.DELETE);
            any.add("(e.subject_type = :" + prefix + "Key AND " + scope.sql(asEntryTable(type), "e", prefix) + ")");
            params.putAll(scope.sqlParameters(type, prefix));
            params.put(prefix + "Key", type.key());
        }
        return any.isEmpty() ? "1=0" : "(" + String.join(" OR ", any) + ")";
    }

    /**
     * The same owner columns, as copied onto the recycle bin entry. A record inside another (a
     * contact in a customer) is deleted with its parent's owner columns, so the parent's shape applies.
     */
    private RecordType asEntryTable(RecordType deleted) {
        RecordType type = deleted;
        while (type.parent() != null) {
            type = recordTypes.find(type.parent().typeKey()).orElseThrow();
        }
        RecordType.Builder entry = RecordType.builder(deleted.key(), deleted.permissionModule(), "recycle_entry");
        if (type.hasOwner()) {
            entry.ownerId("owner_id", "ownerId");
        }
        if (type.ownerDeptId() != null) {
            entry.ownerDeptId("owner_dept_id", "ownerDeptId");
        }
        if (type.ownerDeptPath() != null) {
            entry.ownerDeptPath("owner_dept_path", "ownerDeptPath");
        }
        return entry.build();
    }

    private Recyclable recyclableFor(RecycleEntry entry) {
        Recyclable recyclable = recyclables.get(entry.getSubjectType());
        if (recyclable == null) {
            throw new IllegalStateException("No recycle handler for " + entry.getSubjectType());
        }
        return recyclable;
    }
}
