package io.kezhi.crm.shared.jpa;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code IN} lists of a criteria query padded to a power of two by repeating their last value, so that
 * the number of shapes of a query, each translated and cached once ({@link TenantCriteria}) and each a
 * prepared statement of its own in the database, grows with the logarithm of the lists' lengths: a
 * list of 21 ids and one of 30 are both bound as 32. Hibernate pads only a list bound as one
 * parameter, and such a parameter makes it cache no plan at all.
 */
public final class InLists {

    private InLists() {
    }

    /** {@code expression IN (values)}, the values padded. */
    public static Predicate in(Expression<?> expression, Collection<?> values) {
        return expression.in(padded(values));
    }

    /** The values, then the last one repeated up to the next power of two (an empty list stays empty). */
    public static <T> List<T> padded(Collection<T> values) {
        int size = values.size();
        List<T> padded = new ArrayList<>(values);
        if (size < 2) {
            return padded;
        }
        int length = Integer.highestOneBit(size - 1) << 1;
        T last = padded.get(size - 1);
        while (padded.size() < length) {
            padded.add(last);
        }
        return padded;
    }
}
