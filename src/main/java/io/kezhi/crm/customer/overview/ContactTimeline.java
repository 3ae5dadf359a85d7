package io.kezhi.crm.customer.overview;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.customer.CustomerTimelineSource;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** New contacts on the timeline. */
@Component
class ContactTimeline implements CustomerTimelineSource {

    private final TenantJdbc jdbc;
    private final Names names;
    private final MessageSource messages;

    ContactTimeline(TenantJdbc jdbc, Names names, MessageSource messages) {
        this.jdbc = jdbc;
        this.names = names;
        this.messages = messages;
    }

    @Override
    public List<Entry> entries(long customerId, Instant before, int limit) {
        record Row(long id, String name, String title, Long createdBy, Instant at) {
        }
        Map<String, Object> p = new HashMap<>(Map.of("id", customerId, "limit", limit));
        p.put("before", before);
        List<Row> rows = jdbc.sql("SELECT id, name, title, created_by, created_at FROM contact"
                + " WHERE tenant_id = :tenantId AND customer_id = :id AND deleted_at IS NULL"
                + (before == null ? "" : " AND created_at < :before") + " ORDER BY created_at DESC, id DESC LIMIT :limit",
                p).query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4, Long.class), jdbc.instant(rs, 5))).list();
        Map<Long, String> users = names.users(rows.stream().map(Row::createdBy).toList());
        Locale locale = LocaleContextHolder.getLocale();
        return rows.stream().map(r -> new Entry("contact", r.at(), r.createdBy(),
                r.createdBy() == null ? null : users.get(r.createdBy()),
                messages.getMessage(r.title() == null ? "timeline.contactAdded" : "timeline.contactAddedWithTitle",
                        new Object[] {r.name(), r.title()}, locale), null, CustomerRecordTypes.CONTACT, r.id()))
                .toList();
    }
}
