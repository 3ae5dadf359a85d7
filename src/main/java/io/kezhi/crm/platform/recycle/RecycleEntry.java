package io.kezhi.crm.platform.recycle;

import io.kezhi.crm.shared.jpa.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A soft-deleted record waiting in the recycle bin until restored or purged. */
@Entity
@Table(name = "recycle_entry")
class RecycleEntry extends TenantEntity {

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "owner_dept_id")
    private Long ownerDeptId;

    @Column(name = "owner_dept_path", length = 700)
    private String ownerDeptPath;

    @Column(name = "deleted_by")
    private Long deletedBy;

    @Column(name = "deleted_by_name", length = 64)
    private String deletedByName;

    @Column(name = "deleted_at", nullable = false)
    private Instant deletedAt;

    @Column(name = "purge_after", nullable = false)
    private Instant purgeAfter;

    protected RecycleEntry() {
    }

    RecycleEntry(String subjectType, long subjectId, String title, Long ownerId, Long ownerDeptId,
            String ownerDeptPath, Long deletedBy, String deletedByName, Instant deletedAt, Instant purgeAfter) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.title = title.length() > 200 ? title.substring(0, 200) : title;
        this.ownerId = ownerId;
        this.ownerDeptId = ownerDeptId;
        this.ownerDeptPath = ownerDeptPath;
        this.deletedBy = deletedBy;
        this.deletedByName = deletedByName;
        this.deletedAt = deletedAt;
        this.purgeAfter = purgeAfter;
    }

    String getSubjectType() {
        return subjectType;
    }

    long getSubjectId() {
        return subjectId;
    }
}
