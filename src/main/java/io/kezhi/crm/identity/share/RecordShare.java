package io.kezhi.crm.identity.share;

import io.kezhi.crm.shared.jpa.TenantEntity;
import io.kezhi.crm.shared.security.CurrentActor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;

/** One record shared with a user, or with a department and everyone below it. */
@Entity
@Table(name = "record_share")
public class RecordShare extends TenantEntity {

    public enum GranteeType { USER, DEPARTMENT }

    public enum AccessLevel { READ, READ_WRITE }

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "grantee_type", nullable = false, length = 16)
    private GranteeType granteeType;

    @Column(name = "grantee_id", nullable = false)
    private long granteeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_level", nullable = false, length = 16)
    private AccessLevel accessLevel;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    protected RecordShare() {
    }

    RecordShare(String subjectType, long subjectId, GranteeType granteeType, long granteeId,
            AccessLevel accessLevel) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.granteeType = granteeType;
        this.granteeId = granteeId;
        this.accessLevel = accessLevel;
    }

    @PrePersist
    void stamp() {
        createdAt = Instant.now();
        createdBy = CurrentActor.userIdOrNull();
    }

    void changeAccess(AccessLevel accessLevel) {
        this.accessLevel = accessLevel;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public GranteeType getGranteeType() {
        return granteeType;
    }

    public long getGranteeId() {
        return granteeId;
    }

    public AccessLevel getAccessLevel() {
        return accessLevel;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }
}
