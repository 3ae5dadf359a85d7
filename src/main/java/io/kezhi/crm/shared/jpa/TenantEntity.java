package io.kezhi.crm.shared.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.TenantId;

/**
 * A row that belongs to one company. Hibernate fills {@code tenant_id} on insert and adds it to
 * every JPA query (lists and scoped loads carry it themselves, see {@link TenantCriteria}); native SQL
 * goes through {@link TenantJdbc}.
 */
@MappedSuperclass
public abstract class TenantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kz_seq")
    @SequenceGenerator(name = "kz_seq", sequenceName = "kz_seq", allocationSize = 50)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }
}
