package io.kezhi.crm.shared.jpa;

import io.kezhi.crm.shared.web.ListQuery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Looks for a list's page among its first rows in list order, each read with whether it matches,
 * before every match is found and sorted: the table's first rows ({@link #table}, for
 * {@link EntityLister#probe}) or the first rows of a branch's walk ({@link #walked}, for a list with
 * branches).
 */
@Component
class ListProbes {

    /** How many rows of the table or of a branch's walk a probe reads at most. */
    static final int MAX_PROBED_ROWS = 10_000;

    @PersistenceContext
    private EntityManager em;

    private final ListOrders listOrders;
    private final TenantCriteria criteria;

    ListProbes(ListOrders listOrders, TenantCriteria criteria) {
        this.listOrders = listOrders;
        this.criteria = criteria;
    }

    /** What a probe found: the matching ids in list order, and whether it read the whole table. */
    record Probe(List<Long> matching, boolean wholeTable) {

        boolean tooFew(int needed) {
            return matching.size() < needed && !wholeTable;
        }
    }

    /**
     * The rows matching {@code matches} among the table's first rows in list order, as
     * {@link EntityLister#probe} reads them: at least {@value EntityLister#PROBED_ROWS}, or a hundred times
     * the {@code needed} rows (up to the page's end, and one more). Empty when too few of them match.
     */
    <T> Optional<Probe> table(Class<T> type, Specification<T> matches, ListQuery query, int needed) {
        int walked = Math.min(MAX_PROBED_ROWS, Math.max(EntityLister.PROBED_ROWS, needed * 100));
        return probe(type, Specification.unrestricted(), matches, query, walked, needed);
    }

    /**
     * A page of a branch's rows (with a {@link ListBranch#walk}) among the first rows of its walk in list
     * order: at least {@value EntityLister#WALKED_ROWS} of them, or fifty times the rows up to the page's
     * end, read once more as {@link EntityLister#probe} does when too few matched. Empty when too few of
     * them match (the branch is then found as it would have been); all the branch's rows when the walk was
     * read to its end. A sales rep with ~680 customers shared with their department path finds a page of
     * their contacts among the first ~1,000 contacts of shared customers, read index-only (1-2 ms), instead
     * of probing each shared customer for its contacts and sorting all 2,040 (7-10 ms; benchmark data).
     */
    <T> Optional<Probe> walked(Class<T> type, ListBranch<T> branch, Specification<T> filter, ListQuery query,
            int needed) {
        int walked = Math.min(MAX_PROBED_ROWS, Math.max(EntityLister.WALKED_ROWS, needed * 50));
        return probe(type, branch.walk().rows(), branch.where().and(filter), query, walked, needed);
    }

    /**
     * The ids among the first {@code walked} rows of {@code within} in list order that match; when some but
     * fewer than {@code needed} matched, read once more, as many rows as the share of matches so far says
     * with a quarter more for their spread, up to {@value #MAX_PROBED_ROWS}. Empty when fewer than
     * {@code needed} rows are to be read, or when too few matched even so.
     */
    private <T> Optional<Probe> probe(Class<T> type, Specification<T> within, Specification<T> matches,
            ListQuery query, int walked, int needed) {
        if (walked < needed) {
            return Optional.empty();
        }
        Probe read = probe(type, within, matches, query, walked);
        if (read.tooFew(needed) && !read.matching().isEmpty()) {
            long more = (long) walked * needed * 5 / (read.matching().size() * 4L);
            if (more <= MAX_PROBED_ROWS) {
                read = probe(type, within, matches, query, (int) more);
            }
        }
        return read.tooFew(needed) ? Optional.empty() : Optional.of(read);
    }

    /** The ids among the first {@code walked} rows of {@code within} in list order that match. */
    private <T> Probe probe(Class<T> type, Specification<T> within, Specification<T> matches, ListQuery query,
            int walked) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<T> root = cq.from(type);
        EntityLister.where(cq, root, within, cb);
        Predicate predicate = matches.toPredicate(root, cq, cb);
        // one column a row, the id when the row matches and its negation when not (ids are positive): the
        // 2,100 to 10,000 rows a probe reads cost the application more to read than the database to find
        Path<Long> id = root.get("id");
        Expression<Long> marked = predicate == null ? id
                : cb.<Long>selectCase().when(predicate, id).otherwise(cb.neg(id));
        cq.select(marked).orderBy(listOrders.of(root, cb, query.sort(), false));
        List<Long> read = criteria.list(cq, q -> q.setMaxResults(walked));
        List<Long> matching = new ArrayList<>();
        for (Long row : read) {
            if (row > 0) {
                matching.add(row);
            }
        }
        return new Probe(matching, read.size() < walked);
    }
}
