package io.kezhi.crm.identity.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A company using Kezhi: the tenant every business row belongs to. */
@Entity
@Table(name = "company")
@Audited
@DynamicUpdate
public class Company {

    public enum Status { ACTIVE, SUSPENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kz_seq")
    @SequenceGenerator(name = "kz_seq", sequenceName = "kz_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "ip_allowlist", length = 2000)
    private String ipAllowlist;

    @Column(name = "recycle_retention_days", nullable = false)
    private int recycleRetentionDays;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Company() {
    }

    public Company(String code, String name, String timeZone, int recycleRetentionDays) {
        this.code = code;
        this.name = name;
        this.timeZone = timeZone;
        this.status = Status.ACTIVE;
        this.recycleRetentionDays = recycleRetentionDays;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public void updateSettings(String name, String timeZone, String ipAllowlist, int recycleRetentionDays) {
        this.name = name;
        this.timeZone = timeZone;
        this.ipAllowlist = ipAllowlist;
        this.recycleRetentionDays = recycleRetentionDays;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Status getStatus() {
        return status;
    }

    public String getIpAllowlist() {
        return ipAllowlist;
    }

    public int getRecycleRetentionDays() {
        return recycleRetentionDays;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
