package io.kezhi.crm.customer.account;

import io.kezhi.crm.shared.jpa.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One claim, assignment, transfer, return, hand-over or merge, shown on the customer. */
@Entity
@Table(name = "customer_event")
public class CustomerEvent extends TenantEntity {

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 24, updatable = false)
    private CustomerEventType eventType;

    @Column(name = "from_user_id", updatable = false)
    private Long fromUserId;

    @Column(name = "to_user_id", updatable = false)
    private Long toUserId;

    @Column(name = "pool_id", updatable = false)
    private Long poolId;

    @Column(length = 500, updatable = false)
    private String reason;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected CustomerEvent() {
    }

    CustomerEvent(long customerId, CustomerEventType eventType, Long fromUserId, Long toUserId, Long poolId,
            String reason, Long actorId, Instant occurredAt) {
        this.customerId = customerId;
        this.eventType = eventType;
        this.fromUserId = fromUserId;
        this.toUserId = toUserId;
        this.poolId = poolId;
        this.reason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
        this.actorId = actorId;
        this.occurredAt = occurredAt;
    }

    public long getCustomerId() {
        return customerId;
    }

    public CustomerEventType getEventType() {
        return eventType;
    }

    public Long getFromUserId() {
        return fromUserId;
    }

    public Long getToUserId() {
        return toUserId;
    }

    public Long getPoolId() {
        return poolId;
    }

    public String getReason() {
        return reason;
    }

    public Long getActorId() {
        return actorId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
