package io.kezhi.crm.customer.followup;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.customer.account.CustomerRepository;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.EntityRecycling;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** A follow-up comes back to its customer (which must still exist); the customer's dates follow. */
@Component
class FollowUpRecycling extends EntityRecycling<FollowUp> {

    private final CustomerRepository customers;
    private final FollowUpService service;

    FollowUpRecycling(TenantJdbc jdbc, CustomerRepository customers, @Lazy FollowUpService service) {
        super(CustomerRecordTypes.FOLLOW_UP, FollowUp.class, "follow_up", "entity.followUp", jdbc);
        this.customers = customers;
        this.service = service;
    }

    @Override
    protected void checkRestorable(FollowUp followUp) {
        var customer = customers.findById(followUp.getCustomerId())
                .orElseThrow(() -> ApiException.conflict("customer.error.restoreCustomerFirst"));
        followUp.restore();
        customers.flush();
        service.refreshCustomer(customer);
    }
}
