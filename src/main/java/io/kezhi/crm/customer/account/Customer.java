package io.kezhi.crm.customer.account;

import io.kezhi.crm.shared.Pinyin;
import io.kezhi.crm.shared.jpa.SoftDeletableEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.Length;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A customer (客户), company or person. Owned by a user, or by nobody while it waits in a customer
 * pool; either way {@code ownerDeptId}/{@code ownerDeptPath} place it in the department tree (the
 * owner's department, or the pool's), so department scopes reach pooled customers too.
 */
@Entity
@Table(name = "customer")
@Audited
@DynamicUpdate
@SQLRestriction("deleted_at IS NULL")
public class Customer extends SoftDeletableEntity {

    /**
     * How far in the future a follow-up may be dated (a clock running ahead). A follow-up changes its
     * customer, so the last follow-up is never later than the last change plus this: lists rely on it
     * to bound "not changed for N days" by last follow-up ({@code CustomerSpecifications}).
     */
    public static final Duration FOLLOW_UP_FUTURE_TOLERANCE = Duration.ofHours(1);

    @Column(nullable = false, length = 200)
    private String name;

    /**
     * The name's {@link Pinyin} spelling: what lists sorted by name order by ({@link CustomerQueries#SORTS}),
     * so that 李 comes before 张 (li, zhang) and Latin names sort without regard to case.
     */
    @NotAudited
    @Column(name = "name_pinyin", length = 600)
    private String namePinyin;

    @NotAudited
    @Column(name = "name_initials", length = 200)
    private String nameInitials;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_type", nullable = false, length = 16)
    private CustomerType customerType;

    @Column(length = 64)
    private String source;

    @Column(length = 64)
    private String industry;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_class", length = 16)
    private ValueClass valueClass;

    @Column(name = "relationship_level", length = 64)
    private String relationshipLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CustomerStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "lifecycle_stage", nullable = false, length = 16)
    private LifecycleStage lifecycleStage;

    @Column(name = "province_code", length = 6)
    private String provinceCode;

    @Column(name = "city_code", length = 6)
    private String cityCode;

    @Column(name = "district_code", length = 6)
    private String districtCode;

    @Column(length = 300)
    private String address;

    @Column(name = "staff_size", length = 64)
    private String staffSize;

    @Column(length = 32)
    private String phone;

    @Column(length = 32)
    private String phone2;

    @Column(length = 254)
    private String email;

    @Column(length = 200)
    private String website;

    @Column(name = "id_number", length = 32)
    private String idNumber;

    @Column(name = "membership_no", length = 64)
    private String membershipNo;

    @Column(nullable = false)
    private long points;

    @Column(length = 2000)
    private String remark;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "owner_dept_id", nullable = false)
    private long ownerDeptId;

    @NotAudited
    @Column(name = "owner_dept_path", nullable = false, length = 700)
    private String ownerDeptPath;

    @Column(name = "pool_id")
    private Long poolId;

    @NotAudited
    @Column(name = "owned_since")
    private Instant ownedSince;

    @NotAudited
    @Column(name = "previous_owner_id")
    private Long previousOwnerId;

    @NotAudited
    @Column(name = "returned_at")
    private Instant returnedAt;

    @NotAudited
    @Column(name = "last_follow_up_at")
    private Instant lastFollowUpAt;

    @NotAudited
    @Column(name = "next_follow_up_at")
    private Instant nextFollowUpAt;

    @NotAudited
    @Column(name = "last_deal_at")
    private Instant lastDealAt;

    @NotAudited
    @Column(name = "open_opportunities", nullable = false)
    private int openOpportunities;

    @NotAudited
    @Column(name = "return_warned_at")
    private Instant returnWarnedAt;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    /**
     * The copy of the customer's shares that lists find shared customers by (see {@code ShareGrantees}):
     * written only by SQL, never by the entity, so a customer saved in the same transaction as a share
     * cannot write an older copy back.
     */
    @NotAudited
    @Column(name = "share_grantees", length = Length.LONG32, insertable = false, updatable = false)
    private String shareGrantees;

    /** The copy of {@link #tags} that PostgreSQL's lists test a tag filter on ({@link TagDigests}). */
    @NotAudited
    @Column(name = "tag_digests", length = Length.LONG32)
    private String tagDigests;

    @ElementCollection
    @CollectionTable(name = "customer_tag", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "tag", nullable = false, length = 32)
    private Set<String> tags = new HashSet<>();

    protected Customer() {
    }

    public Customer(CustomerProfile profile) {
        apply(profile);
    }

    public void apply(CustomerProfile p) {
        this.name = p.name();
        Pinyin.Spelling spelling = Pinyin.of(p.name());
        this.namePinyin = truncatedPinyin(spelling.full());
        this.nameInitials = truncatedInitials(spelling.initials());
        this.customerType = p.customerType();
        this.source = p.source();
        this.industry = p.industry();
        this.valueClass = p.valueClass();
        this.relationshipLevel = p.relationshipLevel();
        this.status = p.status();
        this.lifecycleStage = p.lifecycleStage();
        this.provinceCode = p.provinceCode();
        this.cityCode = p.cityCode();
        this.districtCode = p.districtCode();
        this.address = p.address();
        this.staffSize = p.staffSize();
        this.phone = p.phone();
        this.phone2 = p.phone2();
        this.email = p.email();
        this.website = p.website();
        this.idNumber = p.idNumber();
        this.membershipNo = p.membershipNo();
        this.points = p.points();
        this.remark = p.remark();
        this.tags.clear();
        this.tags.addAll(p.tags());
        this.tagDigests = TagDigests.of(this.tags);
    }

    /** The profile without touching the tag collection (for pages, where tags are loaded in bulk). */
    public CustomerProfile profileWithoutTags() {
        return new CustomerProfile(name, customerType, source, industry, valueClass, relationshipLevel, status,
                lifecycleStage, provinceCode, cityCode, districtCode, address, staffSize, phone, phone2, email,
                website, idNumber, membershipNo, points, remark, Set.of());
    }

    public CustomerProfile profile() {
        return new CustomerProfile(name, customerType, source, industry, valueClass, relationshipLevel, status,
                lifecycleStage, provinceCode, cityCode, districtCode, address, staffSize, phone, phone2, email,
                website, idNumber, membershipNo, points, remark, tags);
    }

    /** A user now owns the customer (created, claimed, assigned, transferred). */
    public void ownBy(long userId, long departmentId, String departmentPath, Instant since) {
        if (ownerId != null && ownerId != userId) {
            previousOwnerId = ownerId;
        }
        ownerId = userId;
        ownerDeptId = departmentId;
        ownerDeptPath = departmentPath;
        poolId = null;
        ownedSince = since;
        returnWarnedAt = null;
    }

    /** Back to a pool: no owner; placed in the pool's department. */
    public void returnToPool(long poolId, long departmentId, String departmentPath, Instant at) {
        if (ownerId != null) {
            previousOwnerId = ownerId;
        }
        ownerId = null;
        ownerDeptId = departmentId;
        ownerDeptPath = departmentPath;
        this.poolId = poolId;
        ownedSince = null;
        returnedAt = at;
        returnWarnedAt = null;
    }

    public void recordFollowUp(Instant occurredAt, Instant next) {
        if (lastFollowUpAt == null || occurredAt.isAfter(lastFollowUpAt)) {
            lastFollowUpAt = occurredAt;
        }
        nextFollowUpAt = next;
        returnWarnedAt = null;
    }

    /** Recomputed from the remaining follow-ups (after one was deleted or moved). */
    public void setFollowUpDates(Instant last, Instant next) {
        if (last != null && (lastFollowUpAt == null || last.isAfter(lastFollowUpAt))) {
            returnWarnedAt = null; // a newer follow-up starts a new count towards the pool, with a new warning
        }
        lastFollowUpAt = last;
        nextFollowUpAt = next;
    }

    public void markReturnWarned(Instant at) {
        returnWarnedAt = at;
    }

    public void markMergedInto(long survivorId) {
        mergedIntoId = survivorId;
    }

    public void clearMergedInto() {
        mergedIntoId = null;
    }

    public void addPoints(long more) {
        points += more;
    }

    /** The name's pinyin as column {@code name_pinyin} holds it. */
    public static String truncatedPinyin(String full) {
        return truncate(full, 600);
    }

    /** The name's initials as column {@code name_initials} holds them. */
    public static String truncatedInitials(String initials) {
        return truncate(initials, 200);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public String getName() {
        return name;
    }

    public CustomerType getCustomerType() {
        return customerType;
    }

    public ValueClass getValueClass() {
        return valueClass;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public LifecycleStage getLifecycleStage() {
        return lifecycleStage;
    }

    public String getPhone() {
        return phone;
    }

    public String getPhone2() {
        return phone2;
    }

    public String getEmail() {
        return email;
    }

    public long getPoints() {
        return points;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public long getOwnerDeptId() {
        return ownerDeptId;
    }

    public String getOwnerDeptPath() {
        return ownerDeptPath;
    }

    public Long getPoolId() {
        return poolId;
    }

    public Instant getOwnedSince() {
        return ownedSince;
    }

    public Long getPreviousOwnerId() {
        return previousOwnerId;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public Instant getLastFollowUpAt() {
        return lastFollowUpAt;
    }

    public Instant getNextFollowUpAt() {
        return nextFollowUpAt;
    }

    public Instant getLastDealAt() {
        return lastDealAt;
    }

    public int getOpenOpportunities() {
        return openOpportunities;
    }

    public Instant getReturnWarnedAt() {
        return returnWarnedAt;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Set<String> getTags() {
        return Set.copyOf(tags);
    }
}
