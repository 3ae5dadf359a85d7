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
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Runs a JPA list query one page at a time: filter and scope as a {@link Specification}, the
 * allow-listed sort plus the id as tie-breaker, one row beyond the page instead of a count.
 */
@Component
public class EntityLister {

    @PersistenceContext
    private EntityManager em;

    public <T> PageResult<T> list(Class<T> type, Specification<T> spec, ListQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> cq = cb.createQuery(type);
        Root<T> root = cq.from(type);
        Predicate predicate = spec.toPredicate(root, cq, cb);
        if (predicate != null) {
            cq.where(predicate);
        }
        List<Order> orders = new ArrayList<>();
        for (ListQuery.SortOrder order : query.sort()) {
            Path<?> path = path(root, order.property());
            orders.add(order.ascending() ? cb.asc(path) : cb.desc(path));
        }
        orders.add(cb.asc(root.get("id")));
        cq.orderBy(orders);
        List<T> rows = em.createQuery(cq)
                .setFirstResult(query.offset())
                .setMaxResults(query.size() + 1)
                .getResultList();
        Long total = query.includeTotal() ? count(type, spec) : null;
        return PageResult.fromOverfetch(rows, query, total);
    }

    public <T> long count(Class<T> type, Specification<T> spec) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<T> root = cq.from(type);
        Predicate predicate = spec.toPredicate(root, cq, cb);
        if (predicate != null) {
            cq.where(predicate);
        }
        cq.select(cb.count(root));
        return em.createQuery(cq).getSingleResult();
    }

    private static Path<?> path(Root<?> root, String property) {
        Path<?> path = root;
        for (String part : property.split("\\.")) {
            path = path.get(part);
        }
        return path;
    }
}
