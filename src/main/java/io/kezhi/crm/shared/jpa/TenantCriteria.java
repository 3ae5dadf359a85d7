package io.kezhi.crm.shared.jpa;

import io.kezhi.crm.shared.tenant.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hibernate.Filter;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/**
 * Runs criteria queries of one company's rows so that Hibernate translates each shape of query to SQL
 * once. {@code @TenantId} makes Hibernate add the company to every query through a filter it enables in
 * every session, and Hibernate caches no query plan for a session with an enabled filter (the filter's
 * value is fixed in the translation): every list and every scoped load was translated from its query
 * tree to SQL afresh, a fifth of the application's time under the benchmark's mixed load. Here the
 * query carries the company itself, as a bound parameter of its root's {@code tenantId}, and runs with
 * the filter switched off for that call, so its translation is cached by shape and shared by every
 * company.
 * <p>
 * Only for queries whose one root is the rows returned: the select list is the root or its attributes
 * (or a count of it), and everything else in the query (subqueries, joins, other predicates) can only
 * narrow which of the root's rows match; or, through {@link #listReading}, for a query that reads one
 * subquery of such rows, where the subquery's root is the one given the company. The root's company is
 * then the whole of the isolation, as it is for the filter. A subquery reads its table across companies
 * unless it names the company ({@link #ofCurrentCompany}); that is harmless when it matches the root by
 * id, because ids come from one sequence shared by every table and company, so another company's ids
 * equal none of the root's. A subquery that matches by any other value (a name, a code) must name the
 * company, and so must one whose table is searched through an index led by the company, or that index is
 * no use to it (a rep's shared customers through the share table's grantee index: 5 ms a list with the
 * company, 20 ms without, benchmark data).
 */
@Component
public class TenantCriteria {

    /** The filter {@code @TenantId} defines, and its parameter (Hibernate's {@code TenantIdBinder}). */
    static final String TENANT_FILTER = "_tenantId";
    static final String TENANT_PARAMETER = "tenantId";
    /** The {@code @TenantId} attribute of every tenant entity ({@link TenantEntity} and the views). */
    static final String TENANT_ATTRIBUTE = "tenantId";

    @PersistenceContext
    private EntityManager em;

    /**
     * The rows of {@code from} (a subquery's root) that belong to the current company, for a subquery
     * whose table is searched through an index led by the company. Under the filter it repeats it.
     */
    public static Predicate ofCurrentCompany(CriteriaBuilder cb, From<?, ?> from) {
        return cb.equal(from.get(TENANT_ATTRIBUTE), TenantContext.require());
    }

    /** The rows of the query, with {@code options} (first result, maximum) applied to it. */
    public <R> List<R> list(CriteriaQuery<R> query, Consumer<TypedQuery<R>> options) {
        return run(query, () -> {
            TypedQuery<R> typed = em.createQuery(query);
            options.accept(typed);
            return typed.getResultList();
        });
    }

    public <R> R single(CriteriaQuery<R> query) {
        return run(query, () -> em.createQuery(query).getSingleResult());
    }

    /** What {@code reader} makes of the query's rows read as a stream (closed afterwards). */
    public <R, A> A stream(CriteriaQuery<R> query, Consumer<TypedQuery<R>> options, Function<Stream<R>, A> reader) {
        return run(query, () -> {
            TypedQuery<R> typed = em.createQuery(query);
            options.accept(typed);
            try (Stream<R> rows = typed.getResultStream()) {
                return reader.apply(rows);
            }
        });
    }

    /**
     * The rows of a query that reads a subquery ({@code read}, whose one root is {@code readRoot}) as its
     * table, with {@code options} applied: the company is the subquery's root's, as {@link #list} makes it
     * the query's root's.
     */
    public <R> List<R> listReading(CriteriaQuery<R> query, Subquery<?> read, Root<?> readRoot,
            Consumer<TypedQuery<R>> options) {
        if (read.getRoots().size() != 1 || !read.getRoots().contains(readRoot)) {
            throw new IllegalArgumentException("the subquery read has exactly one root, the one given");
        }
        return run(readRoot, read::getRestriction, read::where, () -> {
            TypedQuery<R> typed = em.createQuery(query);
            options.accept(typed);
            return typed.getResultList();
        });
    }

    private <A> A run(CriteriaQuery<?> query, Supplier<A> execution) {
        if (query.getRoots().size() != 1) {
            throw new IllegalArgumentException("a tenant criteria query has exactly one root");
        }
        return run(query.getRoots().iterator().next(), query::getRestriction, query::where, execution);
    }

    /** Runs {@code execution} with the company added to the restriction of the query whose root is {@code root}. */
    private <A> A run(Root<?> root, Supplier<Predicate> restricted, Consumer<Predicate> restrict,
            Supplier<A> execution) {
        Session session = em.unwrap(Session.class);
        Filter filter = session.getEnabledFilter(TENANT_FILTER);
        if (filter == null) {
            throw new IllegalStateException("the tenant filter is not enabled in this session");
        }
        Object tenant = filter.getParameterValue(TENANT_PARAMETER);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        Predicate ownCompany = cb.equal(root.get(TENANT_ATTRIBUTE), tenant);
        Predicate restriction = restricted.get();
        restrict.accept(restriction == null ? ownCompany : cb.and(ownCompany, restriction));
        session.disableFilter(TENANT_FILTER);
        try {
            return execution.get();
        } finally {
            session.enableFilter(TENANT_FILTER).setParameter(TENANT_PARAMETER, tenant);
        }
    }
}
