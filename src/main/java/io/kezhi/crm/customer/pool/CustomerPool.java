package io.kezhi.crm.customer.pool;

import io.kezhi.crm.shared.jpa.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.Audited;

/**
 * A customer pool (公海) of a department: customers nobody owns, which the members (the department's
 * users and those below, plus extra members) may claim. Its rules return neglected customers to it.
 */
@Entity
@Table(name = "customer_pool")
@Audited
@DynamicUpdate
public class CustomerPool extends AuditedEntity {

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "department_id", nullable = false, updatable = false)
    private long departmentId;

    @Column(length = 255)
    private String description;

    @Column(name = "max_owned_per_user")
    private Integer maxOwnedPerUser;

    @Column(name = "cooldown_days", nullable = false)
    private int cooldownDays;

    @Column(name = "exempt_won_deal", nullable = false)
    private boolean exemptWonDeal;

    @Column(name = "exempt_open_opportunity", nullable = false)
    private boolean exemptOpenOpportunity;

    @Column(nullable = false)
    private boolean enabled;

    @ElementCollection
    @CollectionTable(name = "customer_pool_rule", joinColumns = @JoinColumn(name = "pool_id"))
    private Set<PoolRule> rules = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "customer_pool_member", joinColumns = @JoinColumn(name = "pool_id"))
    private Set<PoolMember> members = new HashSet<>();

    protected CustomerPool() {
    }

    public CustomerPool(String name, long departmentId) {
        this.name = name;
        this.departmentId = departmentId;
        this.enabled = true;
    }

    public void configure(PoolSettings s) {
        this.name = s.name();
        this.description = s.description();
        this.maxOwnedPerUser = s.maxOwnedPerUser();
        this.cooldownDays = s.cooldownDays();
        this.exemptWonDeal = s.exemptWonDeal();
        this.exemptOpenOpportunity = s.exemptOpenOpportunity();
        this.enabled = s.enabled();
        this.rules.clear();
        this.rules.addAll(s.rules());
        this.members.clear();
        this.members.addAll(s.members());
    }

    /** The rule for a value class: its own, else the ANY rule. */
    public Optional<PoolRule> ruleFor(String valueClass) {
        PoolRule any = null;
        for (PoolRule rule : rules) {
            if (rule.valueClass().equals(valueClass)) {
                return Optional.of(rule);
            }
            if (rule.valueClass().equals(PoolRule.ANY)) {
                any = rule;
            }
        }
        return Optional.ofNullable(any);
    }

    public String getName() {
        return name;
    }

    public long getDepartmentId() {
        return departmentId;
    }

    public String getDescription() {
        return description;
    }

    public Integer getMaxOwnedPerUser() {
        return maxOwnedPerUser;
    }

    public int getCooldownDays() {
        return cooldownDays;
    }

    public boolean isExemptWonDeal() {
        return exemptWonDeal;
    }

    public boolean isExemptOpenOpportunity() {
        return exemptOpenOpportunity;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<PoolRule> getRules() {
        return Set.copyOf(rules);
    }

    public Set<PoolMember> getMembers() {
        return Set.copyOf(members);
    }
}
