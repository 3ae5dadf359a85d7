package io.kezhi.crm.customer.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.TenantId;

/**
 * A row of the phone index, mapped only so that list queries can search it in a subquery;
 * {@link PhoneIndex} writes it.
 */
@Entity
@Table(name = "phone_lookup")
@IdClass(PhoneLookupRow.Key.class)
class PhoneLookupRow {

    /** The composite key (customer, contact or 0, digits). */
    static class Key implements Serializable {
        private long customerId;
        private long contactId;
        private String digits;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && customerId == k.customerId && contactId == k.contactId
                    && java.util.Objects.equals(digits, k.digits);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(customerId, contactId, digits);
        }
    }

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Id
    @Column(name = "customer_id")
    private long customerId;

    @Id
    @Column(name = "contact_id")
    private long contactId;

    @Id
    @Column(length = 20)
    private String digits;

    protected PhoneLookupRow() {
    }
}
