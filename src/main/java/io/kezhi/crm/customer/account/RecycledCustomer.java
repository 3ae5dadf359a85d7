package io.kezhi.crm.customer.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.annotations.TenantId;

/**
 * A customer in the recycle bin, read only to ask whether a customer was deleted: the records shared
 * with a user that live inside a customer (contacts, follow-ups) are found by their customer's id and
 * kept unless it was deleted, a probe of the few deleted customers (on PostgreSQL through a partial
 * index, V2_21) instead of the live customer's row. {@link Customer} reads only live rows.
 */
@Entity
@Immutable
@Table(name = "customer")
@SQLRestriction("deleted_at IS NOT NULL")
public class RecycledCustomer {

    @Id
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    protected RecycledCustomer() {
    }

    public Long getId() {
        return id;
    }
}
