package io.kezhi.crm.shared.jpa;

import io.kezhi.crm.shared.db.SqlVendor;
import io.kezhi.crm.shared.web.ListQuery;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.springframework.stereotype.Component;

/**
 * The ORDER BY of a list: the allow-listed sort, then the id as tie-breaker, in the direction of the last
 * sort key. An index on the keys that ends in the id then serves the order read forwards or backwards (a
 * descending list with the id ascending had to sort every group of equal keys, all the customers without
 * points or follow-up, before its first row; MariaDB's indexes all end in the id).
 *
 * <p>A row without a value sorts as the smallest value, on every database: first in an ascending list,
 * last in a descending one (a customer never followed up is the one followed up longest ago; "last
 * follow-up, newest first" ends with them). That is MariaDB's own order; PostgreSQL sorts nulls as the
 * greatest value, so for a key the mapping declares nullable the order says {@code NULLS FIRST} or
 * {@code NULLS LAST}, and PostgreSQL's indexes of such keys are declared {@code NULLS FIRST}. Keys mapped
 * {@code nullable = false} are left as they are: PostgreSQL would not use their plain indexes for an
 * explicit null order.
 *
 * <p>A text attribute marked {@link OrderedIgnoringCase} is ordered by its lower case on PostgreSQL, whose
 * collation may put every capital before every small letter (C.UTF-8 does: the embedded database's, and
 * the benchmark's); MariaDB's collation ignores case by itself, and its plain index serves the order.
 */
@Component
public class ListOrders {

    private final SessionFactoryImplementor sessionFactory;
    private final Map<String, Boolean> nullable = new ConcurrentHashMap<>();
    private final Map<String, Boolean> lowered = new ConcurrentHashMap<>();
    private final boolean postgres;

    ListOrders(EntityManagerFactory entityManagerFactory, SqlVendor vendor) {
        this.sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        this.postgres = vendor == SqlVendor.POSTGRESQL;
    }

    /**
     * For {@code matchesFirst} each sort key is written as {@code coalesce(key, key)}: the same order, which
     * no index can deliver, so the database finds the matching rows first and sorts them.
     */
    @SuppressWarnings("unchecked")
    List<Order> of(Root<?> root, CriteriaBuilder cb, List<ListQuery.SortOrder> sort, boolean matchesFirst) {
        List<Order> orders = new ArrayList<>();
        for (ListQuery.SortOrder order : sort) {
            Path<?> path = path(root, order.property());
            Expression<Object> key = (Expression<Object>) (postgres && ignoresCase(root, order.property())
                    ? cb.lower((Expression<String>) path) : path);
            if (matchesFirst) {
                key = cb.coalesce(key, key);
            }
            if (!nullable(root.getJavaType(), order.property())) {
                orders.add(order.ascending() ? cb.asc(key) : cb.desc(key));
            } else {
                orders.add(order.ascending() ? cb.asc(key, Nulls.FIRST) : cb.desc(key, Nulls.LAST));
            }
        }
        boolean descending = !sort.isEmpty() && !sort.get(sort.size() - 1).ascending();
        orders.add(descending ? cb.desc(root.get("id")) : cb.asc(root.get("id")));
        return orders;
    }

    /** Whether the entity's mapping lets the property be null (anything but a plain column counts as such). */
    boolean nullable(Class<?> type, String property) {
        return nullable.computeIfAbsent(type.getName() + "#" + property, k -> {
            var part = sessionFactory.getMappingMetamodel().getEntityDescriptor(type).findByPath(property);
            return !(part instanceof SelectableMapping column) || column.isNullable();
        });
    }

    /** Whether the entity's own attribute (not a path through another) is {@link OrderedIgnoringCase}. */
    private boolean ignoresCase(Root<?> root, String property) {
        return lowered.computeIfAbsent(root.getJavaType().getName() + "#" + property, k -> !property.contains(".")
                && root.getModel().getAttribute(property).getJavaMember() instanceof Field field
                && field.isAnnotationPresent(OrderedIgnoringCase.class));
    }

    private static Path<?> path(Root<?> root, String property) {
        Path<?> path = root;
        for (String part : property.split("\\.")) {
            path = path.get(part);
        }
        return path;
    }
}
