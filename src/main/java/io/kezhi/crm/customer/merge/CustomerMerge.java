package io.kezhi.crm.customer.merge;

import io.kezhi.crm.shared.jpa.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.Length;

/**
 * One merge of customers into a survivor, with everything needed to undo it: the survivor's fields
 * before and right after, and what moved from which customer (JSON).
 */
@Entity
@Table(name = "customer_merge")
class CustomerMerge extends TenantEntity {

    @Column(name = "survivor_id", nullable = false, updatable = false)
    private long survivorId;

    @Column(name = "merged_ids", nullable = false, length = 2000, updatable = false)
    private String mergedIds;

    @Column(name = "survivor_before", nullable = false, updatable = false, length = Length.LONG32)
    private String survivorBefore;

    @Column(nullable = false, updatable = false, length = Length.LONG32)
    private String moved;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "merged_at", nullable = false, updatable = false)
    private Instant mergedAt;

    @Column(name = "undone_at")
    private Instant undoneAt;

    protected CustomerMerge() {
    }

    CustomerMerge(long survivorId, List<Long> mergedIds, String survivorBefore, String moved, Long actorId,
            Instant mergedAt) {
        this.survivorId = survivorId;
        this.mergedIds = mergedIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.survivorBefore = survivorBefore;
        this.moved = moved;
        this.actorId = actorId;
        this.mergedAt = mergedAt;
    }

    void markUndone(Instant at) {
        undoneAt = at;
    }

    long getSurvivorId() {
        return survivorId;
    }

    List<Long> getMergedIds() {
        return Arrays.stream(mergedIds.split(",")).map(Long::valueOf).toList();
    }

    String getSurvivorBefore() {
        return survivorBefore;
    }

    String getMoved() {
        return moved;
    }

    Long getActorId() {
        return actorId;
    }

    Instant getMergedAt() {
        return mergedAt;
    }

    Instant getUndoneAt() {
        return undoneAt;
    }
}
