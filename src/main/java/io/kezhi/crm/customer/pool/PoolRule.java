package io.kezhi.crm.customer.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * An automatic-return rule of a pool for one value class ({@code ANY} for every class without a rule
 * of its own): return after {@code noFollowUpDays} without a follow-up or {@code noDealDays} without
 * a won deal, warning the owner {@code warnDays} before.
 */
@Embeddable
public class PoolRule {

    public static final String ANY = "ANY";

    @Column(name = "value_class", nullable = false, length = 16)
    private String valueClass;

    @Column(name = "no_follow_up_days")
    private Integer noFollowUpDays;

    @Column(name = "no_deal_days")
    private Integer noDealDays;

    @Column(name = "warn_days", nullable = false)
    private int warnDays;

    protected PoolRule() {
    }

    public PoolRule(String valueClass, Integer noFollowUpDays, Integer noDealDays, int warnDays) {
        this.valueClass = valueClass;
        this.noFollowUpDays = noFollowUpDays;
        this.noDealDays = noDealDays;
        this.warnDays = warnDays;
    }

    public String valueClass() {
        return valueClass;
    }

    public Integer noFollowUpDays() {
        return noFollowUpDays;
    }

    public Integer noDealDays() {
        return noDealDays;
    }

    public int warnDays() {
        return warnDays;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PoolRule r && valueClass.equals(r.valueClass);
    }

    @Override
    public int hashCode() {
        return Objects.hash(valueClass);
    }
}
