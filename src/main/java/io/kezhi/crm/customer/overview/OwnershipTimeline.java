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
            String key = "timeline.ownership." + r.type();
            String detail = r.reason();
            if ("AUTO_RETURNED".equals(r.type()) && r.reason() != null && r.reason().contains(":")) {
                String[] rule = r.reason().split(":", 2);
                key = "timeline.ownership.AUTO_RETURNED." + rule[0];
                detail = rule[1];
            } else if ("HANDED_OVER".equals(r.type()) && r.toUserId() == null) {
                key = "timeline.ownership.HANDED_OVER_TO_POOL";
            }
            String summary = messages.getMessage(key, new Object[] {name(users, r.fromUserId()),
                name(users, r.toUserId()), r.poolId() == null ? "" : pools.getOrDefault(r.poolId(), ""),
                detail == null ? "" : detail}, locale);
            return new Entry("ownership", r.at(), r.actorId(), r.actorId() == null ? null : users.get(r.actorId()),
                    summary, r.type().startsWith("MERGE") || "AUTO_RETURNED".equals(r.type()) ? null : r.reason(),
                    null, null);
        }).toList();
    }

    private static String name(Map<Long, String> users, Long id) {
        return id == null ? "" : users.getOrDefault(id, "#" + id);
    }
}
