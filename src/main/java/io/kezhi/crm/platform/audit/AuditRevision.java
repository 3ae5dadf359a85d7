package io.kezhi.crm.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited change set: who (user, company), when, from which address and request. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kz_seq")
    @SequenceGenerator(name = "kz_seq", sequenceName = "kz_seq", allocationSize = 50)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "rev_timestamp", nullable = false)
    private long timestamp;

    @Column(name = "tenant_id")
    private Long tenantId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "user_name", length = 64)
    private String userName;

    @Column(length = 64)
    private String ip;

    @Column(name = "request_id", length = 64)
    private String requestId;

    public Long getId() {
        return id;
    }

    public long getTimestamp() {
        return timestamp;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public Long getUserId() {
        return userId;
    }

    public String getUserName() {
        return userName;
    }

    public String getIp() {
        return ip;
    }

    public String getRequestId() {
        return requestId;
    }

    /** When the revision was made (Envers sets it on the revisions it makes itself). */
    void stamp(long epochMillis) {
        this.timestamp = epochMillis;
    }

    void describe(Long tenantId, Long userId, String userName, String ip, String requestId) {
        this.tenantId = tenantId;
        this.userId = userId;
        this.userName = userName;
        this.ip = ip;
        this.requestId = requestId;
    }
}
