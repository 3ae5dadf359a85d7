package io.kezhi.crm.customer.overview;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.customer.CustomerTimelineSource;
import io.kezhi.crm.platform.Dictionaries;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Follow-ups on the customer's timeline, with their type, contact and content. */
@Component
class FollowUpTimeline implements CustomerTimelineSource {

    private final TenantJdbc jdbc;
    private final Names names;
    private final Dictionaries dictionaries;
    private final MessageSource messages;

    FollowUpTimeline(TenantJdbc jdbc, Names names, Dictionaries dictionaries, MessageSource messages) {
        this.jdbc = jdbc;
        this.names = names;
        this.dictionaries = dictionaries;
        this.messages = messages;
    }

    @Override
    public List<Entry> entries(long customerId, Instant before, int limit) {
        record Row(long id, String followType, String content, Instant occurredAt, Long contactId, long authorId) {
        }
        Map<String, Object> p = new HashMap<>(Map.of("id", customerId, "limit", limit));
        p.put("before", before);
        List<Row> rows = jdbc.sql("SELECT id, follow_type, content, occurred_at, contact_id, author_id FROM follow_up"
                + " WHERE tenant_id = :tenantId AND customer_id = :id AND deleted_at IS NULL"
                + (before == null ? "" : " AND occurred_at < :before") + " ORDER BY occurred_at DESC, id DESC LIMIT :limit",
                p).query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), jdbc.instant(rs, 4),
                        (Long) rs.getObject(5, Long.class), rs.getLong(6))).list();
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> types = dictionaries.labels("follow_up_type", locale);
        Map<Long, String> authors = names.users(rows.stream().map(Row::authorId).toList());
        Map<Long, String> contacts = names.contacts(rows.stream().map(Row::contactId).toList());
        return rows.stream().map(r -> {
            String type = types.getOrDefault(r.followType(), r.followType());
            String summary = r.contactId() == null
                    ? messages.getMessage("timeline.followUp", new Object[] {type}, locale)
                    : messages.getMessage("timeline.followUpWithContact",
                            new Object[] {type, contacts.getOrDefault(r.contactId(), "")}, locale);
            return new Entry("followUp", r.occurredAt(), r.authorId(), authors.get(r.authorId()), summary, r.content(),
                    CustomerRecordTypes.FOLLOW_UP, r.id());
        }).toList();
    }
}
