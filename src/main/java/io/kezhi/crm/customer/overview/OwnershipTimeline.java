package io.kezhi.crm.customer.overview;

import io.kezhi.crm.customer.CustomerTimelineSource;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Creation, claims, assignments, transfers, returns, hand-overs and merges on the timeline. */
@Component
class OwnershipTimeline implements CustomerTimelineSource {

    private final TenantJdbc jdbc;
    private final Names names;
    private final MessageSource messages;

    OwnershipTimeline(TenantJdbc jdbc, Names names, MessageSource messages) {
        this.jdbc = jdbc;
        this.names = names;
        this.messages = messages;
    }

    @Override
    public List<Entry> entries(long customerId, Instant before, int limit) {
        record Row(long id, String type, Long fromUserId, Long toUserId, Long poolId, String reason, Long actorId,
                Instant at) {
        }
        Map<String, Object> p = new HashMap<>(Map.of("id", customerId, "limit", limit));
        p.put("before", before);
        List<Row> rows = jdbc.sql("SELECT id, event_type, from_user_id, to_user_id, pool_id, reason, actor_id,"
                + " occurred_at FROM customer_event WHERE tenant_id = :tenantId AND customer_id = :id"
                + (before == null ? "" : " AND occurred_at < :before") + " ORDER BY occurred_at DESC, id DESC LIMIT :limit",
                p).query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                        (Long) rs.getObject(4, Long.class), (Long) rs.getObject(5, Long.class), rs.getString(6),
                        (Long) rs.getObject(7, Long.class), jdbc.instant(rs, 8))).list();
        List<Long> userIds = new ArrayList<>();
        rows.forEach(r -> {
            userIds.add(r.fromUserId());
            userIds.add(r.toUserId());
            userIds.add(r.actorId());
        });
        Map<Long, String> users = names.users(userIds);
        Map<Long, String> pools = names.pools(rows.stream().map(Row::poolId).toList());
        Locale locale = LocaleContextHolder.getLocale();
        return rows.stream().map(r -> {
            Object[] args = {name(users, r.fromUserId()), name(users, r.toUserId()),
                r.poolId() == null ? "" : pools.getOrDefault(r.poolId(), ""), ""};
            String summary = "AUTO_RETURNED".equals(r.type()) ? ruleSummary(r.reason(), args, locale) : null;
            String detail = r.type().startsWith("MERGE") || summary != null ? null : r.reason();
            if (summary == null) {
                String key = "HANDED_OVER".equals(r.type()) && r.toUserId() == null ? "HANDED_OVER_TO_POOL" : r.type();
                args[3] = r.reason() == null ? "" : r.reason();
                summary = messages.getMessage("timeline.ownership." + key, args, locale);
            }
            return new Entry("ownership", r.at(), r.actorId(), r.actorId() == null ? null : users.get(r.actorId()),
                    summary, detail, null, null);
        }).toList();
    }

    /**
     * An automatic return's summary from its reason "RULE:days" (as the pool rules write it), or null when the
     * reason is of another form or names a rule without a message (history imported or migrated from elsewhere):
     * the event is then told by the general message, with the reason as its detail.
     */
    private String ruleSummary(String reason, Object[] args, Locale locale) {
        if (reason == null || !reason.contains(":")) {
            return null;
        }
        String[] rule = reason.split(":", 2);
        Object[] withDays = args.clone();
        withDays[3] = rule[1];
        return messages.getMessage("timeline.ownership.AUTO_RETURNED." + rule[0], withDays, null, locale);
    }

    private static String name(Map<Long, String> users, Long id) {
        return id == null ? "" : users.getOrDefault(id, "#" + id);
    }
}
