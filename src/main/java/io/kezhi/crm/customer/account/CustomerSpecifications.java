package io.kezhi.crm.customer.account;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.identity.DepartmentDirectory;
import io.kezhi.crm.identity.FieldPolicies;
import io.kezhi.crm.shared.db.SqlVendor;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.error.FieldViolation;
import io.kezhi.crm.shared.jpa.InLists;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The customer filters as a JPA predicate (combined with the caller's scope by the callers). */
@Component
public class CustomerSpecifications {

    private final DepartmentDirectory departments;
    private final FieldPolicies fieldPolicies;
    private final CustomerSearch.Factory searches;
    private final Clock clock;
    private final boolean postgres;

    CustomerSpecifications(DepartmentDirectory departments, FieldPolicies fieldPolicies,
            CustomerSearch.Factory searches, Clock clock, SqlVendor vendor) {
        this.postgres = vendor == SqlVendor.POSTGRESQL;
        this.departments = departments;
        this.fieldPolicies = fieldPolicies;
        this.searches = searches;
        this.clock = clock;
    }

    /**
     * 403 naming each filter on a field hidden from the caller: filtering (or counting) by a field
     * would reveal the values the field policy hides.
     */
    public void requireVisibleFilters(CustomerFilter f, String... alsoFields) {
        List<FieldViolation> violations = new ArrayList<>();
        if (f.valueClass() != null && !f.valueClass().isEmpty() && hidden("valueClass")) {
            violations.add(new FieldViolation("valueClass", "customer.validation.hiddenField"));
        }
        if (f.pointsMin() != null && hidden("points")) {
            violations.add(new FieldViolation("pointsMin", "customer.validation.hiddenField"));
        }
        if (f.pointsMax() != null && hidden("points")) {
            violations.add(new FieldViolation("pointsMax", "customer.validation.hiddenField"));
        }
        for (String field : alsoFields) {
            if (hidden(field)) {
                violations.add(new FieldViolation("by", "customer.validation.hiddenField"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "field-forbidden", "error.fieldForbidden", violations);
        }
    }

    private boolean hidden(String field) {
        return fieldPolicies.isHidden(CustomerRecordTypes.CUSTOMER, field);
    }

    public Specification<Customer> matching(CustomerFilter f, long me) {
        return matching(f, me, clock.instant());
    }

    /** The application's time, for {@link #matching(CustomerFilter, long, Instant)} and its halves. */
    public Instant now() {
        return clock.instant();
    }

    /** As {@link #matching(CustomerFilter, long)}, with "N days ago" counted from {@code now}. */
    public Specification<Customer> matching(CustomerFilter f, long me, Instant now) {
        return matching(f, me, now, false);
    }

    /**
     * As {@link #matching(CustomerFilter, long, Instant)}, for a scope that reaches few customers
     * when {@code fewCustomers} (see {@code CustomerSearch.Factory#of(String, boolean)}).
     */
    public Specification<Customer> matching(CustomerFilter f, long me, Instant now, boolean fewCustomers) {
        return matching(f, me, now, fewCustomers, false);
    }

    /**
     * As {@link #matching(CustomerFilter, long, Instant, boolean)}, a tag tested {@code onTheRow} for a
     * list whose rows come from elsewhere (a scope's index, the sort's, a probe's walk): on PostgreSQL
     * the row's copy of its tags ({@link TagDigests}), which the owner and department indexes carry, so
     * a department's tag filter is one more test on the entries it reads; otherwise, and on MariaDB, an
     * {@code EXISTS} on {@code customer_tag}, which finds the tag's customers through its index: what
     * counts the whole company's matches (a hash of a common tag's 78k customers, 10-20 ms, that the
     * copy spares a department's list; benchmark data).
     */
    public Specification<Customer> matching(CustomerFilter f, long me, Instant now, boolean fewCustomers,
            boolean onTheRow) {
        CustomerSearch search = f.q() == null || f.q().isBlank() ? null : searches.of(f.q().trim(), fewCustomers);
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (search != null) {
                all.add(search.predicate(root, query, cb));
            }
            if (Boolean.TRUE.equals(f.mine())) {
                all.add(cb.equal(root.get("ownerId"), me));
            }
            equal(all, cb, root.get("ownerId"), f.ownerId());
            if (f.departmentId() != null) {
                if (!Boolean.FALSE.equals(f.includeSubDepartments())) {
                    String path = departments.find(f.departmentId()).map(DepartmentDirectory.DirectoryDepartment::path)
                            .orElse("/none/");
                    all.add(cb.like(root.get("ownerDeptPath"), path + "%"));
                } else {
                    all.add(cb.equal(root.get("ownerDeptId"), f.departmentId()));
                }
            }
            if (f.inPool() != null) {
                all.add(f.inPool() ? cb.isNull(root.get("ownerId")) : cb.isNotNull(root.get("ownerId")));
            }
            in(all, root.get("customerType"), f.customerType());
            in(all, root.get("source"), f.source());
            in(all, root.get("industry"), f.industry());
            in(all, root.get("valueClass"), f.valueClass());
            in(all, root.get("relationshipLevel"), f.relationshipLevel());
            in(all, root.get("status"), f.status());
            in(all, root.get("lifecycleStage"), f.lifecycleStage());
            in(all, root.get("staffSize"), f.staffSize());
            equal(all, cb, root.get("provinceCode"), f.provinceCode());
            equal(all, cb, root.get("cityCode"), f.cityCode());
            equal(all, cb, root.get("districtCode"), f.districtCode());
            if (f.tag() != null && !f.tag().isBlank()) {
                all.add(onTheRow && postgres ? hasTagOnTheRow(root, cb, f.tag().trim())
                        : cb.isMember(f.tag().trim(), root.get("tags")));
            }
            range(all, cb, root.get("createdAt"), f.createdFrom(), f.createdTo());
            range(all, cb, root.get("updatedAt"), f.updatedFrom(), f.updatedTo());
            range(all, cb, root.get("lastFollowUpAt"), f.lastFollowUpFrom(), f.lastFollowUpTo());
            range(all, cb, root.get("nextFollowUpAt"), f.nextFollowUpFrom(), f.nextFollowUpTo());
            Instant notChangedSince = notChangedSince(f, now);
            if (notChangedSince != null) {
                all.add(cb.lessThanOrEqualTo(root.get("updatedAt"), notChangedSince));
            }
            if (f.noFollowUpDays() != null) {
                Expression<Instant> last = root.get("lastFollowUpAt");
                all.add(cb.or(cb.isNull(last),
                        cb.lessThanOrEqualTo(last, now.minus(Duration.ofDays(f.noFollowUpDays())))));
            }
            if (f.pointsMin() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("points"), f.pointsMin()));
            }
            if (f.pointsMax() != null) {
                all.add(cb.lessThanOrEqualTo(root.get("points"), f.pointsMax()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /**
     * The bound the filter implies on the stamp a list is sorted by, if any: a customer is changed at or
     * after its creation, so one not changed since a date was created by then, and one created since a
     * date was changed since. Redundant for the result, it bounds the walk of the sort's index: "not
     * changed for 90 days" newest created first walked {@code ix_customer_created} past the 83k customers
     * created in those 90 days before its first match (an admin's list, 125 ms on the benchmark data).
     * Only for reading in order: added to a count, it moved PostgreSQL's estimate enough to change a good
     * plan for a worse one (14 to 40 ms).
     */
    public Optional<Specification<Customer>> impliedBoundOfSort(CustomerFilter f, Instant now, String sortProperty) {
        Instant notChangedSince = notChangedSince(f, now);
        if (sortProperty.equals("createdAt") && notChangedSince != null) {
            return Optional.of((root, query, cb) -> cb.lessThanOrEqualTo(root.get("createdAt"), notChangedSince));
        }
        if (sortProperty.equals("createdAt") && f.updatedTo() != null) {
            return Optional.of((root, query, cb) -> cb.lessThan(root.get("createdAt"), f.updatedTo()));
        }
        if (sortProperty.equals("updatedAt") && f.createdFrom() != null) {
            return Optional.of((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("updatedAt"), f.createdFrom()));
        }
        return Optional.empty();
    }

    /** The last change "not changed for N days" allows at most, counted from {@code now}; null without that filter. */
    private static Instant notChangedSince(CustomerFilter f, Instant now) {
        return f.staleDays() == null ? null : now.minus(Duration.ofDays(f.staleDays()));
    }

    /** {@code strpos(tag_digests, ' <digest> ') > 0}: the tag in the row's copy of its tags. */
    private static Predicate hasTagOnTheRow(Root<Customer> root, CriteriaBuilder cb, String tag) {
        return cb.greaterThan(cb.locate(root.get("tagDigests"), TagDigests.needle(tag)), 0);
    }

    /**
     * The filter's bound on the last follow-up as its two halves, never followed up and last followed up
     * at or before the bound (counted from the same {@code now} as
     * {@link #matching(CustomerFilter, long, Instant)}); empty when the filter sets no such bound. A list
     * read in order of last follow-up reads each half through the last-follow-up index, the second from
     * the bound on; as one condition ({@code IS NULL OR <=}) it bounds no index, and the walk starts at
     * the newest follow-up (an admin's list: 0.9-1.2 s on the benchmark data, the halves 89 + 7 ms).
     * "No follow-up for N days" sets the bound; so does "not changed for N days": a follow-up changes
     * its customer, so one not changed since a date was last followed up by that date plus
     * {@link Customer#FOLLOW_UP_FUTURE_TOLERANCE}. Without that bound the walk tests every customer
     * followed up since (an admin's "not changed for 90 days" by last follow-up: 2.1 s).
     */
    public List<Specification<Customer>> lastFollowUpHalves(CustomerFilter f, Instant now) {
        Instant bound = null;
        if (f.noFollowUpDays() != null) {
            bound = now.minus(Duration.ofDays(f.noFollowUpDays()));
        }
        if (f.staleDays() != null) {
            Instant implied = notChangedSince(f, now).plus(Customer.FOLLOW_UP_FUTURE_TOLERANCE);
            bound = bound == null || implied.isBefore(bound) ? implied : bound;
        }
        if (bound == null) {
            return List.of();
        }
        Instant cutoff = bound;
        return List.of((root, query, cb) -> cb.isNull(root.get("lastFollowUpAt")),
                (root, query, cb) -> cb.lessThanOrEqualTo(root.<Instant>get("lastFollowUpAt"), cutoff));
    }

    private static <T> void in(List<Predicate> all, Expression<T> path, Collection<T> values) {
        if (values != null && !values.isEmpty()) {
            all.add(InLists.in(path, values));
        }
    }

    private static <T> void equal(List<Predicate> all, CriteriaBuilder cb, Expression<T> path, T value) {
        if (value != null) {
            all.add(cb.equal(path, value));
        }
    }

    private static void range(List<Predicate> all, CriteriaBuilder cb, Expression<Instant> path, Instant from,
            Instant to) {
        if (from != null) {
            all.add(cb.greaterThanOrEqualTo(path, from));
        }
        if (to != null) {
            all.add(cb.lessThan(path, to));
        }
    }
}
