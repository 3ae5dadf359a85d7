package io.kezhi.crm.customer.account;

import io.kezhi.crm.shared.jpa.EntityIds;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.security.CurrentActor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Records what happens to customers' ownership (in the caller's transaction). */
@Component
public class CustomerEvents {

    private static final List<String> CREATED_COLUMNS = List.of("id", "customer_id", "event_type", "to_user_id",
            "actor_id", "occurred_at");

    private final CustomerEventRepository events;
    private final EntityIds ids;
    private final TenantJdbc jdbc;
    private final Clock clock;

    CustomerEvents(CustomerEventRepository events, EntityIds ids, TenantJdbc jdbc, Clock clock) {
        this.events = events;
        this.ids = ids;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(long customerId, CustomerEventType type, Long fromUserId, Long toUserId, Long poolId,
            String reason) {
        events.save(new CustomerEvent(customerId, type, fromUserId, toUserId, poolId, reason,
                CurrentActor.userIdOrNull(), clock.instant()));
    }

    /**
     * The CREATED event of many customers created at once (imports), as {@link #record} writes it for
     * one: by the current user, now, to the owner.
     */
    public void recordCreated(Map<Long, Long> ownerByCustomer) {
        long[] eventIds = ids.next(CustomerEvent.class, ownerByCustomer.size());
        Long actor = CurrentActor.userIdOrNull();
        Instant now = clock.instant();
        List<Object[]> rows = new ArrayList<>(ownerByCustomer.size());
        int i = 0;
        for (Map.Entry<Long, Long> created : ownerByCustomer.entrySet()) {
            rows.add(new Object[] {eventIds[i++], created.getKey(), CustomerEventType.CREATED, created.getValue(),
                actor, now});
        }
        jdbc.insertRows("customer_event", CREATED_COLUMNS, rows);
    }
}
