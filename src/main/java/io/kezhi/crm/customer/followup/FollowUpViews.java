package io.kezhi.crm.customer.followup;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.identity.DirectoryNames;
import io.kezhi.crm.platform.Attachments;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Follow-up views for a page with customer and contact names and file counts in one query each, authors from the directory. */
@Component
public class FollowUpViews {

    private final TenantJdbc jdbc;
    private final Attachments attachments;
    private final DirectoryNames directory;

    FollowUpViews(TenantJdbc jdbc, Attachments attachments, DirectoryNames directory) {
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.directory = directory;
    }

    public FollowUpView of(FollowUp followUp) {
        return of(List.of(followUp)).get(0);
    }

    public List<FollowUpView> of(List<FollowUp> followUps) {
        if (followUps.isEmpty()) {
            return List.of();
        }
        Map<Long, String> customers = names("SELECT id, name FROM customer",
                followUps.stream().map(FollowUp::getCustomerId).collect(Collectors.toSet()));
        Map<Long, String> contacts = names("SELECT id, name FROM contact",
                followUps.stream().map(FollowUp::getContactId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, String> authors = directory.users(followUps.stream().map(FollowUp::getAuthorId).toList());
        Map<Long, Integer> files = attachments.counts(CustomerRecordTypes.FOLLOW_UP,
                followUps.stream().map(FollowUp::getId).toList());
        return followUps.stream().map(f -> new FollowUpView(f.getId(), f.getCustomerId(),
                customers.get(f.getCustomerId()), f.getContactId(),
                f.getContactId() == null ? null : contacts.get(f.getContactId()), f.getFollowType(), f.getContent(),
                f.getOccurredAt(), f.getNextFollowUpAt(), f.getNextAction(), f.getAuthorId(),
                authors.get(f.getAuthorId()), files.getOrDefault(f.getId(), 0), f.getCreatedAt(), f.getUpdatedAt(),
                f.getVersion())).toList();
    }

    private Map<Long, String> names(String select, Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(select + " WHERE tenant_id = :tenantId AND id IN (:ids)", Map.of("ids", (Collection<Long>) ids))
                    .query((rs, i) -> names.put(rs.getLong(1), rs.getString(2))).list();
        }
        return names;
    }
}
