package io.kezhi.crm.platform.audit;

import io.kezhi.crm.identity.RecordType;
import io.kezhi.crm.identity.RecordTypes;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Adds display names to history changes of reference fields (a department id reads as its name),
 * one query per referenced record type for a whole page, deleted records included.
 */
@Component
class ReferenceTitles {

    private final RecordTypes recordTypes;
    private final TenantJdbc jdbc;

    ReferenceTitles(RecordTypes recordTypes, TenantJdbc jdbc) {
        this.recordTypes = recordTypes;
        this.jdbc = jdbc;
    }

    List<HistoryEntry> label(RecordType type, List<HistoryEntry> entries) {
        if (type.references().isEmpty()) {
            return entries;
        }
        Map<String, Set<Long>> idsByType = new HashMap<>();
        for (HistoryEntry entry : entries) {
            for (HistoryEntry.Change change : entry.changes()) {
                String target = type.references().get(change.field());
                if (target != null) {
                    Set<Long> ids = idsByType.computeIfAbsent(target, k -> new HashSet<>());
                    ids.addAll(ids(change.before()));
                    ids.addAll(ids(change.after()));
                }
            }
        }
        Map<String, Map<Long, String>> titles = new HashMap<>();
        idsByType.forEach((target, ids) -> titles.put(target, titles(target, ids)));
        List<HistoryEntry> labelled = new ArrayList<>();
        for (HistoryEntry entry : entries) {
            List<HistoryEntry.Change> changes = entry.changes().stream().map(change -> {
                String target = type.references().get(change.field());
                if (target == null) {
                    return change;
                }
                Map<Long, String> names = titles.getOrDefault(target, Map.of());
                return new HistoryEntry.Change(change.field(), change.before(), change.after(),
                        text(change.before(), names), text(change.after(), names));
            }).toList();
            labelled.add(new HistoryEntry(entry.revision(), entry.at(), entry.userId(), entry.userName(), entry.ip(),
                    entry.action(), changes));
        }
        return labelled;
    }

    private Map<Long, String> titles(String typeKey, Set<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        RecordType target = recordTypes.find(typeKey).orElse(null);
        if (target == null || ids.isEmpty()) {
            return titles;
        }
        jdbc.sql("SELECT id, " + target.titleColumn() + " FROM " + target.table()
                + " WHERE tenant_id = :tenantId AND id IN (:ids)", Map.of("ids", ids))
                .query((rs, i) -> titles.put(rs.getLong(1), rs.getString(2))).list();
        return titles;
    }

    private static Set<Long> ids(Object value) {
        Set<Long> ids = new HashSet<>();
        if (value instanceof Number n) {
            ids.add(n.longValue());
        } else if (value instanceof Collection<?> c) {
            c.stream().filter(Number.class::isInstance).map(n -> ((Number) n).longValue()).forEach(ids::add);
        }
        return ids;
    }

    private static String text(Object value, Map<Long, String> names) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(v -> v instanceof Number n ? names.getOrDefault(n.longValue(), "#" + n) : "" + v)
                    .collect(Collectors.joining(", "));
        }
        return value instanceof Number n ? names.getOrDefault(n.longValue(), "#" + n) : value.toString();
    }
}
