package io.kezhi.crm.customer.contact;

import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Contact views for a page, with their customers' names in one query. */
@Component
public class ContactViews {

    private final TenantJdbc jdbc;

    ContactViews(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public ContactView of(Contact contact) {
        return of(List.of(contact)).get(0);
    }

    public List<ContactView> of(List<Contact> contacts) {
        if (contacts.isEmpty()) {
            return List.of();
        }
        Set<Long> customerIds = contacts.stream().map(Contact::getCustomerId).collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM customer WHERE tenant_id = :tenantId AND id IN (:ids)", Map.of("ids", customerIds))
                .query((rs, i) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return contacts.stream().map(c -> {
            ContactProfile p = c.profile();
            return new ContactView(c.getId(), c.getCustomerId(), names.get(c.getCustomerId()), p.name(), p.gender(),
                    p.title(), p.department(), p.mobile(), p.phone(), p.email(), p.wechat(), p.birthday(),
                    p.closeness(), p.influence(), p.decisionRole(), p.primaryContact(), p.remark(), c.getCreatedAt(),
                    c.getUpdatedAt(), c.getVersion());
        }).toList();
    }
}
