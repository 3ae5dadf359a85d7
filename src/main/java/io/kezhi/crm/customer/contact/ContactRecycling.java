package io.kezhi.crm.customer.contact;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.customer.account.PhoneIndex;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.EntityRecycling;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A contact comes back to its customer (which must still exist) with its numbers indexed again; it is
 * the primary contact again only if the customer has none now.
 */
@Component
class ContactRecycling extends EntityRecycling<Contact> {

    private final PhoneIndex phones;

    ContactRecycling(TenantJdbc jdbc, PhoneIndex phones) {
        super(CustomerRecordTypes.CONTACT, Contact.class, "contact", "entity.contact", jdbc);
        this.phones = phones;
    }

    @Override
    protected void checkRestorable(Contact contact) {
        long live = jdbc.sql("SELECT COUNT(*) FROM customer WHERE tenant_id = :tenantId AND id = :id"
                + " AND deleted_at IS NULL", Map.of("id", contact.getCustomerId())).query(Long.class).single();
        if (live == 0) {
            throw ApiException.conflict("customer.error.restoreCustomerFirst");
        }
        // the customer's primary contact since the deletion stays primary; with none, this one is
        boolean hasPrimary = jdbc.sql("SELECT COUNT(*) FROM contact WHERE tenant_id = :tenantId"
                + " AND customer_id = :id AND primary_contact = TRUE AND deleted_at IS NULL",
                Map.of("id", contact.getCustomerId())).query(Long.class).single() > 0;
        contact.setPrimaryContact(!hasPrimary);
        phones.indexContact(contact.getCustomerId(), contact.getId(), contact.getMobile(), contact.getPhone());
    }
}
