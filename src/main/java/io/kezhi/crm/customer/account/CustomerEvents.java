package io.kezhi.crm.customer.account;

import io.kezhi.crm.shared.security.CurrentActor;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Records what happens to customers' ownership (in the caller's transaction). */
@Component
public class CustomerEvents {

    private final CustomerEventRepository events;
    private final Clock clock;

    CustomerEvents(CustomerEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(long customerId, CustomerEventType type, Long fromUserId, Long toUserId, Long poolId,
            String reason) {
        events.save(new CustomerEvent(customerId, type, fromUserId, toUserId, poolId, reason,
                CurrentActor.userIdOrNull(), clock.instant()));
    }
}
