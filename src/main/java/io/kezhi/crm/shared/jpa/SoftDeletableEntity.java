package io.kezhi.crm.shared.jpa;

import io.kezhi.crm.shared.security.CurrentActor;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
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

    public void markDeleted() {
        deletedAt = Instant.now();
        deletedBy = CurrentActor.userIdOrNull();
    }

    /** Brings the record back from the recycle bin. */
    public void restore() {
        deletedAt = null;
        deletedBy = null;
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
