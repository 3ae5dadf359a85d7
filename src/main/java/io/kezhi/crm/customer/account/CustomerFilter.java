package io.kezhi.crm.customer.account;

import java.time.Instant;
import java.util.List;

/**
 * Every filter of the customer lists. Lists of values mean "any of"; null means no filter.
 *
 * @param q                 name (contains), pinyin or pinyin initials (prefix), or phone digits (prefix)
 * @param mine              only customers the caller owns
 * @param inPool            true: only pooled customers; false: only owned ones
 * @param staleDays         not updated for at least this many days
 * @param noFollowUpDays    no follow-up for at least this many days (or never)
 */
public record CustomerFilter(String q, Boolean mine, Long ownerId, Long departmentId, Boolean includeSubDepartments,
        Boolean inPool, List<CustomerType> customerType, List<String> source, List<String> industry,
        List<ValueClass> valueClass, List<String> relationshipLevel, List<CustomerStatus> status,
        List<LifecycleStage> lifecycleStage, List<String> staffSize, String provinceCode, String cityCode,
        String districtCode, String tag, Instant createdFrom, Instant createdTo, Instant updatedFrom,
        Instant updatedTo, Integer staleDays, Integer noFollowUpDays, Instant lastFollowUpFrom,
        Instant lastFollowUpTo, Instant nextFollowUpFrom, Instant nextFollowUpTo, Long pointsMin, Long pointsMax) {

    /** Whether the filter narrows the list at all (a blank search or an empty list of values does not). */
    public boolean isEmpty() {
        return normalised().equals(none());
    }

    private CustomerFilter normalised() {
        return new CustomerFilter(q == null || q.isBlank() ? null : q, Boolean.TRUE.equals(mine) ? mine : null, ownerId,
                departmentId, null, inPool,
                orNull(customerType), orNull(source), orNull(industry), orNull(valueClass), orNull(relationshipLevel),
                orNull(status), orNull(lifecycleStage), orNull(staffSize), provinceCode, cityCode, districtCode,
                tag == null || tag.isBlank() ? null : tag, createdFrom, createdTo, updatedFrom, updatedTo, staleDays,
                noFollowUpDays, lastFollowUpFrom, lastFollowUpTo, nextFollowUpFrom, nextFollowUpTo, pointsMin, pointsMax);
    }

    private static <T> List<T> orNull(List<T> values) {
        return values == null || values.isEmpty() ? null : values;
    }

    public static CustomerFilter none() {
        return new CustomerFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
