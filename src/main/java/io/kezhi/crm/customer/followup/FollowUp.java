package io.kezhi.crm.customer.followup;

import io.kezhi.crm.shared.jpa.SoftDeletableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.Length;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** One interaction with a customer (跟进记录): a call, visit, email, WeChat message or meeting. */
@Entity
@Table(name = "follow_up")
@Audited
@DynamicUpdate
@SQLRestriction("deleted_at IS NULL")
public class FollowUp extends SoftDeletableEntity {

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(name = "opportunity_id")
    private Long opportunityId;

    @Column(name = "follow_type", nullable = false, length = 64)
    private String followType;

    @Column(nullable = false, length = Length.LONG32)
    private String content;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "next_follow_up_at")
    private Instant nextFollowUpAt;

    @Column(name = "next_action", length = 500)
    private String nextAction;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    /** Copy of the customer's owner (null while it waits in a pool), kept by {@link io.kezhi.crm.customer.OwnerCopies}. */
    @NotAudited
    @Column(name = "owner_id", updatable = false)
    private Long ownerId;

    /** Copy of the customer's owner department, kept by {@link io.kezhi.crm.customer.OwnerCopies}. */
    @NotAudited
    @Column(name = "owner_dept_id", nullable = false, updatable = false)
    private long ownerDeptId;

    /**
     * Copy of the customer's copy of its grantees (null without shares), kept by {@code ShareGrantees}: lists
     * read the follow-ups of shared customers in order through it. A new one takes the customer's ({@code ShareGrantees.forNewChild}).
     */
    @NotAudited
    @Column(name = "share_grantees", length = Length.LONG32, updatable = false)
    private String shareGrantees;

    protected FollowUp() {
    }

    /**
     * A new follow-up on a customer now owned by {@code ownerId} (null: in a pool) in {@code ownerDeptId}, shared
     * with {@code shareGrantees} (the customer's copy).
     */
    public FollowUp(long customerId, Long ownerId, long ownerDeptId, String shareGrantees, long authorId,
            FollowUpDetails details) {
        this.customerId = customerId;
        this.ownerId = ownerId;
        this.ownerDeptId = ownerDeptId;
        this.shareGrantees = shareGrantees;
        this.authorId = authorId;
        apply(details);
    }

    public void apply(FollowUpDetails d) {
        this.contactId = d.contactId();
        this.followType = d.followType();
        this.content = d.content();
        this.occurredAt = d.occurredAt();
        this.nextFollowUpAt = d.nextFollowUpAt();
        this.nextAction = d.nextAction();
    }

    public FollowUpDetails details() {
        return new FollowUpDetails(contactId, followType, content, occurredAt, nextFollowUpAt, nextAction);
    }

    /** Moves the follow-up to another customer (merge). */
    public void moveTo(long customerId) {
        this.customerId = customerId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public Long getContactId() {
        return contactId;
    }

    public String getFollowType() {
        return followType;
    }

    public String getContent() {
        return content;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getNextFollowUpAt() {
        return nextFollowUpAt;
    }

    public String getNextAction() {
        return nextAction;
    }

    public long getAuthorId() {
        return authorId;
    }
}
