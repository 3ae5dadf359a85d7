package io.kezhi.crm.customer.contact;

import io.kezhi.crm.shared.Pinyin;
import io.kezhi.crm.shared.jpa.SoftDeletableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.Length;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A person at a customer (联系人). Seen by whoever sees the customer. */
@Entity
@Table(name = "contact")
@Audited
@DynamicUpdate
@SQLRestriction("deleted_at IS NULL")
public class Contact extends SoftDeletableEntity {

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false, length = 64)
    private String name;

    /** The name's {@link Pinyin} spelling, what lists sorted by name order by ({@link ContactService#SORTS}). */
    @NotAudited
    @Column(name = "name_pinyin", length = 300)
    private String namePinyin;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Gender gender;

    @Column(length = 64)
    private String title;

    @Column(length = 64)
    private String department;

    @Column(length = 32)
    private String mobile;

    @Column(length = 32)
    private String phone;

    @Column(length = 254)
    private String email;

    @Column(length = 64)
    private String wechat;

    private LocalDate birthday;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Closeness closeness;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Influence influence;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_role", length = 24)
    private DecisionRole decisionRole;

    @Column(name = "primary_contact", nullable = false)
    private boolean primaryContact;

    @Column(length = 1000)
    private String remark;

    /** Copy of the customer's owner (null while it waits in a pool), kept by {@link io.kezhi.crm.customer.OwnerCopies}. */
    @NotAudited
    @Column(name = "owner_id", updatable = false)
    private Long ownerId;

    /** Copy of the customer's owner department, kept by {@link io.kezhi.crm.customer.OwnerCopies}. */
    @NotAudited
    @Column(name = "owner_dept_id", nullable = false, updatable = false)
    private long ownerDeptId;

    /**
     * Copy of the customer's copy of its grantees (null without shares), kept by {@code ShareGrantees}: lists
     * read the contacts of shared customers in order through it. A new one takes the customer's ({@code ShareGrantees.forNewChild}).
     */
    @NotAudited
    @Column(name = "share_grantees", length = Length.LONG32, updatable = false)
    private String shareGrantees;

    protected Contact() {
    }

    /**
     * A new contact of a customer now owned by {@code ownerId} (null: in a pool) in {@code ownerDeptId}, shared
     * with {@code shareGrantees} (the customer's copy).
     */
    public Contact(long customerId, Long ownerId, long ownerDeptId, String shareGrantees, ContactProfile profile) {
        this.customerId = customerId;
        this.ownerId = ownerId;
        this.ownerDeptId = ownerDeptId;
        this.shareGrantees = shareGrantees;
        apply(profile);
    }

    public void apply(ContactProfile p) {
        this.name = p.name();
        String pinyin = Pinyin.of(p.name()).full();
        this.namePinyin = pinyin.length() <= 300 ? pinyin : pinyin.substring(0, 300);
        this.gender = p.gender();
        this.title = p.title();
        this.department = p.department();
        this.mobile = p.mobile();
        this.phone = p.phone();
        this.email = p.email();
        this.wechat = p.wechat();
        this.birthday = p.birthday();
        this.closeness = p.closeness();
        this.influence = p.influence();
        this.decisionRole = p.decisionRole();
        this.primaryContact = p.primaryContact();
        this.remark = p.remark();
    }

    public ContactProfile profile() {
        return new ContactProfile(name, gender, title, department, mobile, phone, email, wechat, birthday,
                closeness, influence, decisionRole, primaryContact, remark);
    }

    /** Moves the contact to another customer (merge). */
    public void moveTo(long customerId) {
        this.customerId = customerId;
    }

    public void setPrimaryContact(boolean primaryContact) {
        this.primaryContact = primaryContact;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getName() {
        return name;
    }

    public String getMobile() {
        return mobile;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public boolean isPrimaryContact() {
        return primaryContact;
    }
}
