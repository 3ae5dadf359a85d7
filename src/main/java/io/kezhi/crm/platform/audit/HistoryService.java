package io.kezhi.crm.platform.audit;

import io.kezhi.crm.identity.FieldPolicies;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.RecordType;
import io.kezhi.crm.identity.RecordTypes;
import io.kezhi.crm.identity.ScopedRecords;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A record's change history from Envers, newest first, as field-level before/after. Reading it
 * needs view access to the record; fields hidden from the caller are left out of every revision.
 */
@Service
public class HistoryService {

    private static final Set<String> STATE_FIELDS = Set.of("deletedAt", "deletedBy");

    private final RecordTypes recordTypes;
    private final ScopedRecords scopedRecords;
    private final FieldPolicies fieldPolicies;
    private final SnapshotReader snapshots;
    private final ReferenceTitles titles;

    @PersistenceContext
    private EntityManager em;

    HistoryService(RecordTypes recordTypes, ScopedRecords scopedRecords, FieldPolicies fieldPolicies,
            SnapshotReader snapshots, ReferenceTitles titles) {
        this.recordTypes = recordTypes;
        this.scopedRecords = scopedRecords;
        this.fieldPolicies = fieldPolicies;
        this.snapshots = snapshots;
        this.titles = titles;
    }

    @Transactional(readOnly = true)
    public PageResult<HistoryEntry> history(String typeKey, long id, ListQuery query) {
        RecordType type = recordTypes.find(typeKey).filter(t -> t.entityClass() != null)
                .orElseThrow(() -> ApiException.invalidField("type", "validation.unknownRecordType"));
        if (scopedRecords.permittedIds(type, List.of(id), Operation.VIEW).isEmpty()) {
            throw ApiException.notFound(type.labelKey());
        }
        AuditReader reader = AuditReaderFactory.get(em);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery()
                .forRevisionsOfEntity(type.entityClass(), false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setFirstResult(query.offset())
                .setMaxResults(query.size() + 2)
                .getResultList();
        Set<String> hidden = type.policedEntity() == null ? Set.of() : fieldPolicies.hiddenFields(type.policedEntity());
        List<Map<String, Object>> states = rows.stream().map(row -> snapshots.read(row[0])).toList();
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), query.size() + 1); i++) {
            Map<String, Object> after = states.get(i);
            Map<String, Object> before = i + 1 < states.size() ? states.get(i + 1) : Map.of();
            AuditRevision revision = (AuditRevision) rows.get(i)[1];
            HistoryEntry.Action action = action((RevisionType) rows.get(i)[2], before, after);
            List<HistoryEntry.Change> changes = new ArrayList<>();
            for (String field : after.keySet()) {
                if (STATE_FIELDS.contains(field) || hidden.contains(field)) {
                    continue;
                }
                Object was = action == HistoryEntry.Action.CREATE ? null : before.get(field);
                Object now = after.get(field);
                if (!Objects.equals(was, now)) {
                    changes.add(new HistoryEntry.Change(field, was, now, null, null));
                }
            }
            entries.add(new HistoryEntry(revision.getId(), java.time.Instant.ofEpochMilli(revision.getTimestamp()),
                    revision.getUserId(), revision.getUserName(), revision.getIp(), action, changes));
        }
        List<HistoryEntry> page = titles.label(type, entries);
        return PageResult.fromOverfetch(page, query, null);
    }

    private static HistoryEntry.Action action(RevisionType revisionType, Map<String, Object> before,
            Map<String, Object> after) {
        if (revisionType == RevisionType.ADD) {
            return HistoryEntry.Action.CREATE;
        }
        if (revisionType == RevisionType.DEL) {
            return HistoryEntry.Action.DELETE;
        }
        boolean wasDeleted = before.get("deletedAt") != null;
        boolean isDeleted = after.get("deletedAt") != null;
        if (!wasDeleted && isDeleted) {
            return HistoryEntry.Action.DELETE;
        }
        if (wasDeleted && !isDeleted) {
            return HistoryEntry.Action.RESTORE;
        }
        return HistoryEntry.Action.UPDATE;
    }
}
