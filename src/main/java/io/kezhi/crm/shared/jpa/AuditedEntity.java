package io.kezhi.crm.shared.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An editable business record: optimistic locking ({@code version}, exposed as ETag), creation and
 * update stamps (from the application clock, see {@link AuditStamps}), and an Envers history of every
 * change. Subclasses add {@code @Audited}.
 */
@MappedSuperclass
@EntityListeners(AuditStamps.class)
@Audited
public abstract class AuditedEntity extends TenantEntity {

    @Version
    @Column(nullable = false)
    private long version;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by")
    private Long updatedBy;

    void stampCreation(Instant at, Long by) {
        createdAt = at;
        updatedAt = at;
        createdBy = by;
        updatedBy = by;
    }

    void stampUpdate(Instant at, Long by) {
        updatedAt = at;
        updatedBy = by;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }
}
