package io.kezhi.crm.shared.jpa;

import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Runs a JPA list query one page at a time: filter and scope as a {@link Specification}, the
 * allow-listed sort plus the id as tie-breaker, one row beyond the page instead of a count; or, for
 * exports, the ids of every row in order ({@link #orderedIds}).
 */
@Component
public class EntityLister {

    @PersistenceContext
    private EntityManager em;

    public <T> PageResult<T> list(Class<T> type, Specification<T> spec, ListQuery query) {
        List<T> rows = em.createQuery(sorted(type, spec, query.sort()))
                .setFirstResult(query.offset())
                .setMaxResults(query.size() + 1)
                .getResultList();
        Long total = query.includeTotal() ? count(type, spec) : null;
        return PageResult.fromOverfetch(rows, query, total);
    }

    /**
     * The ids of every matching row in order (for exports, which then load the rows a page at a time
     * with {@link #inOrder}: an offset per page would read every row before the page again, page after
     * page, and a cursor left open while other queries run is not supported by every driver).
     */
    public <T> long[] orderedIds(Class<T> type, Specification<T> spec, List<ListQuery.SortOrder> sort) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<T> root = cq.from(type);
        where(cq, root, spec, cb);
        cq.select(root.get("id")).orderBy(orders(root, cb, sort));
        try (Stream<Long> ids = em.createQuery(cq).setHint(HibernateHints.HINT_FETCH_SIZE, 10_000).getResultStream()) {
            return ids.mapToLong(Long::longValue).toArray();
        }
    }

    /** The rows with these ids, in the order of the ids (rows that are gone are left out). */
    public <T> List<T> inOrder(Class<T> type, List<Long> ids) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> cq = cb.createQuery(type);
        Root<T> root = cq.from(type);
        cq.where(root.get("id").in(ids));
        Map<Object, T> byId = new HashMap<>();
        for (T row : em.createQuery(cq).getResultList()) {
            byId.put(em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(row), row);
        }
        List<T> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            T row = byId.get(id);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }

    private <T> CriteriaQuery<T> sorted(Class<T> type, Specification<T> spec, List<ListQuery.SortOrder> sort) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> cq = cb.createQuery(type);
        Root<T> root = cq.from(type);
        where(cq, root, spec, cb);
        cq.orderBy(orders(root, cb, sort));
        return cq;
    }

    /** The allow-listed sort, then the id as tie-breaker. */
    private static List<Order> orders(Root<?> root, CriteriaBuilder cb, List<ListQuery.SortOrder> sort) {
        List<Order> orders = new ArrayList<>();
        for (ListQuery.SortOrder order : sort) {
            Path<?> path = path(root, order.property());
            orders.add(order.ascending() ? cb.asc(path) : cb.desc(path));
        }
        orders.add(cb.asc(root.get("id")));
        return orders;
    }

    public <T> long count(Class<T> type, Specification<T> spec) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<T> root = cq.from(type);
        where(cq, root, spec, cb);
        cq.select(cb.count(root));
        return em.createQuery(cq).getSingleResult();
    }

    private static <T> void where(CriteriaQuery<?> cq, Root<T> root, Specification<T> spec, CriteriaBuilder cb) {
        Predicate predicate = spec.toPredicate(root, cq, cb);
        if (predicate != null) {
            cq.where(predicate);
        }
    }

    private static Path<?> path(Root<?> root, String property) {
        Path<?> path = root;
        for (String part : property.split("\\.")) {
            path = path.get(part);
        }
        return path;
    }
}
