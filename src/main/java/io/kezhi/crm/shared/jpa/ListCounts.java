package io.kezhi.crm.shared.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaDerivedRoot;
import org.hibernate.query.criteria.JpaExpression;
import org.hibernate.query.criteria.JpaSubQuery;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * A list's rows counted up to a limit, for its total ({@link EntityLister#TOTAL_CAP}), or their ids up to
 * it ({@link #idsUpTo}): both read the rows' ids, and the database stops after the limit.
 */
@Component
class ListCounts {

    @PersistenceContext
    private EntityManager em;

    private final TenantCriteria criteria;

    ListCounts(TenantCriteria criteria) {
        this.criteria = criteria;
    }

    /**
     * The number of rows matching {@code filter} and any of the branches, up to {@code limit}, counted
     * branch by branch through each one's index: a branch's rows that no earlier branch reaches.
     * Counted as one OR, the records shared with the user made PostgreSQL test the share subquery on
     * every row of the table (a sales rep's thousand customers: 300 ms for the total of each list page,
     * against 8 ms so, on the benchmark data).
     */
    <T> long countUpTo(Class<T> type, List<ListBranch<T>> branches, Specification<T> filter, int limit) {
        long total = 0;
        Specification<T> notEarlier = Specification.unrestricted();
        for (ListBranch<T> branch : branches) {
            if (total >= limit) {
                break;
            }
            total += countUpTo(type, branch.countedWhere().and(filter).and(notEarlier), (int) (limit - total));
            notEarlier = notEarlier.and(branch.outside());
        }
        return total;
    }

    /**
     * The number of matching rows, up to {@code limit}: their ids are read (the database stops after
     * {@code limit}), which no count query can be told to do through JPA.
     */
    <T> long countUpTo(Class<T> type, Specification<T> spec, int limit) {
        return idsUpTo(type, spec, limit).size();
    }

    /**
     * The ids of up to {@code limit} rows matching {@code spec} among the table's first {@code rowsRead}
     * rows, in no particular order: the database reads the rows in whatever order is cheapest (on
     * PostgreSQL the customers' department index, which carries every filtered column, read alone), marks
     * each match, and stops after {@code limit} matches or {@code rowsRead} rows. For a filter many rows
     * match this finds {@code limit} of them as fast as reading that many rows; for one few rows match it
     * costs at most the rows read, where {@link #idsUpTo} would read the whole table or build the bitmap of
     * each indexed condition (see {@link EntityLister#listCountingFirst}).
     */
    <T> List<Long> idsAmongFirstRows(Class<T> type, Specification<T> spec, int rowsRead, int limit) {
        HibernateCriteriaBuilder cb = em.unwrap(Session.class).getCriteriaBuilder();
        JpaCriteriaQuery<Long> cq = cb.createQuery(Long.class);
        JpaSubQuery<Long> read = cq.subquery(Long.class);
        Root<T> row = read.from(type);
        Predicate matches = spec.toPredicate(row, cq, cb);
        JpaExpression<Long> id = (JpaExpression<Long>) row.<Long>get("id");
        JpaExpression<Long> marked = matches == null ? id
                : cb.<Long>selectCase().when(matches, id).otherwise(cb.nullLiteral(Long.class));
        marked.alias(MATCHING);
        read.select(marked);
        read.fetch(rowsRead);
        JpaDerivedRoot<Long> first = cq.from(read);
        cq.select(first.get(MATCHING)).where(cb.isNotNull(first.get(MATCHING)));
        return criteria.listReading(cq, read, row, q -> q.setMaxResults(limit));
    }

    private static final String MATCHING = "matching";

    /** The ids of up to {@code limit} matching rows, in no particular order. */
    <T> List<Long> idsUpTo(Class<T> type, Specification<T> spec, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<T> root = cq.from(type);
        EntityLister.where(cq, root, spec, cb);
        cq.select(root.get("id"));
        return criteria.list(cq, q -> q.setMaxResults(limit));
    }
}
