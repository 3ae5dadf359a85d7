package io.kezhi.crm.shared.jpa;

import io.kezhi.crm.shared.security.CurrentActor;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * A record that goes to the recycle bin instead of being removed. Subclasses add
 * {@code @SQLRestriction("deleted_at IS NULL")} so deleted rows are invisible to JPA; restore and
 * purge are native statements run by the owning module's {@code Recyclable}.
 */
@MappedSuperclass
@Audited
public abstract class SoftDeletableEntity extends AuditedEntity {

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by")
    private Long deletedBy;

    /** Deleted now; the time is set from the application clock when the change is flushed. */
    @Transient
    private boolean deletionToStamp;

    public void markDeleted() {
        deletedAt = Instant.now();
        deletedBy = CurrentActor.userIdOrNull();
        deletionToStamp = true;
    }

    void stampDeletion(Instant at) {
        if (deletionToStamp && deletedAt != null) {
            deletedAt = at;
        }
        deletionToStamp = false;
    }

    /** Brings the record back from the recycle bin. */
    public void restore() {
        deletedAt = null;
        deletedBy = null;
        deletionToStamp = false;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public Long getDeletedBy() {
        return deletedBy;
    }
}
