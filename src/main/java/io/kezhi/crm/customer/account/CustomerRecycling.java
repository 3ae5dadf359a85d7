package io.kezhi.crm.customer.account;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.platform.Attachments;
import io.kezhi.crm.shared.SubjectRef;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.EntityRecycling;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A deleted customer comes back with its contacts and follow-ups (they stayed attached). A customer
 * merged into another comes back only by undoing the merge. Purging removes it with what belongs to it,
 * the files of its follow-ups included (the recycle bin removes the customer's own files).
 */
@Component
class CustomerRecycling extends EntityRecycling<Customer> {

    private final Attachments attachments;

    CustomerRecycling(TenantJdbc jdbc, Attachments attachments) {
        super(CustomerRecordTypes.CUSTOMER, Customer.class, "customer", "entity.customer", jdbc);
        this.attachments = attachments;
    }

    @Override
    protected void checkRestorable(Customer customer) {
        if (customer.getMergedIntoId() != null) {
            throw ApiException.conflict("customer.error.restoreMerged");
        }
    }

    @Override
    protected void deleteDependents(long id) {
        Map<String, Object> p = Map.of("id", id);
        String deleted = " AND EXISTS (SELECT 1 FROM customer c WHERE c.id = :id AND c.tenant_id = :tenantId"
                + " AND c.deleted_at IS NOT NULL)";
        jdbc.sql("DELETE FROM customer_tag WHERE customer_id = :id" + deleted, p).update();
        jdbc.sql("DELETE FROM phone_lookup WHERE tenant_id = :tenantId AND customer_id = :id" + deleted, p).update();
        jdbc.sql("SELECT id FROM follow_up WHERE tenant_id = :tenantId AND customer_id = :id" + deleted, p)
                .query(Long.class).list()
                .forEach(followUp -> attachments.deleteAll(SubjectRef.of(CustomerRecordTypes.FOLLOW_UP, followUp)));
        jdbc.sql("DELETE FROM follow_up WHERE tenant_id = :tenantId AND customer_id = :id" + deleted, p).update();
        jdbc.sql("DELETE FROM contact WHERE tenant_id = :tenantId AND customer_id = :id" + deleted, p).update();
        jdbc.sql("DELETE FROM customer_event WHERE tenant_id = :tenantId AND customer_id = :id" + deleted, p).update();
        jdbc.sql("DELETE FROM record_share WHERE tenant_id = :tenantId AND subject_type = 'customer'"
                + " AND subject_id = :id" + deleted, p).update();
    }
}
