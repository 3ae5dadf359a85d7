package io.kezhi.crm.shared.jpa;

import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntToLongFunction;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Runs a JPA list query one page at a time: filter and scope as a {@link Specification}, the
 * allow-listed sort plus the id as tie-breaker, one row beyond the page instead of a count; or, for
 * exports, the ids of every row in order ({@link #orderedIds}). A list whose scope is the union of
 * branches ({@link ListBranch}) reads them apart; the pages looked for among the first rows in list order
 * are read by {@link ListProbes}, the totals counted up to their cap by {@link ListCounts}.
 */
@Component
public class EntityLister {

    @PersistenceContext
    private EntityManager em;

    private final ListOrders listOrders;
    private final TenantCriteria criteria;
    private final ListProbes probes;
    private final ListCounts counts;

    EntityLister(ListOrders listOrders, TenantCriteria criteria, ListProbes probes, ListCounts counts) {
        this.listOrders = listOrders;
        this.criteria = criteria;
        this.probes = probes;
        this.counts = counts;
    }

    public <T> PageResult<T> list(Class<T> type, Specification<T> spec, ListQuery query) {
        return page(type, spec, query, Access.IN_ORDER);
    }

    /**
     * A filtered list of a whole table (the company's customers with a filter), its matches counted
     * before it is read, up to {@link #TOTAL_CAP} past the page's start: with more, they are read in
     * order and the walk stops after the page; with fewer, the page is sorted from the counted ids. Read
     * in order whatever the filter, a combination that no row has (a person's industry) walked a million
     * customers to find nothing: 3 s (run W in docs/performance.md). The count is the total's.
     */
    public <T> PageResult<T> listCountingFirst(Class<T> type, Specification<T> spec, ListQuery query) {
        return listCountingFirst(type, spec, spec, query);
    }

    /**
     * As {@link #listCountingFirst(Class, Specification, ListQuery)}: the matches are first looked for
     * among the first {@value #COUNTED_ROWS} rows the database reads, in no order, each tested as
     * {@code spec} tests it ({@link ListCounts#idsAmongFirstRows}); only when fewer than the limit are
     * there are they counted through {@code counted}, the same rows written for finding them in no order
     * (a test an index answers, which read in list order would be evaluated on every row read). Counted
     * through the indexes alone, a filter that a tenth of the customers match built the bitmap of every
     * one of them, and of each time condition's hundreds of thousands of entries, to find a thousand:
     * 20-60 ms where the first rows of the department index, which carries every filtered column, hold
     * them in 2-3 ms (benchmark data, 2026-12-07; a filter that rare costs the 30,000 rows read, 8-9 ms).
     */
    public <T> PageResult<T> listCountingFirst(Class<T> type, Specification<T> spec, Specification<T> counted,
            ListQuery query) {
        int limit = countLimit(query);
        List<Long> amongFirst = counts.idsAmongFirstRows(type, spec, COUNTED_ROWS, limit);
        List<Long> matching = amongFirst.size() >= limit ? amongFirst : counts.idsUpTo(type, counted, limit);
        List<T> rows;
        if (matching.size() >= limit) {
            rows = rows(type, spec, query, Access.IN_ORDER);
        } else if (matching.size() > query.offset()) {
            rows = rowsAmong(type, matching, query);
        } else {
            rows = List.of();
        }
        return withTotal(rows, query, upTo -> Math.min(matching.size(), upTo));
    }

    /**
     * How many of the table's rows {@link #listCountingFirst} reads at most, in no order, to find its
     * limit of matches before it counts them through its indexes: enough for a filter one customer in 30
     * matches.
     */
    static final int COUNTED_ROWS = 30_000;

    /**
     * As {@link #list(Class, Specification, ListQuery)} with an exact total, for records a company has
     * at most thousands of (its users: an administrator counts seats), where counting stays cheap.
     */
    public <T> PageResult<T> listWithExactTotal(Class<T> type, Specification<T> spec, ListQuery query) {
        List<T> rows = rows(type, spec, query, Access.IN_ORDER);
        return PageResult.fromOverfetch(rows, query, query.includeTotal() ? count(type, spec) : null);
    }

    /**
     * A list's total counts at most this many rows past the start of the page, and says when it stopped
     * ({@link PageResult#totalCapped()}): "more than 1,000" on the first page, "more than 1,980" on the
     * fiftieth, so that paging on still finds pages. The web client asks for the total, and an exact one
     * costs a visit to every row in the user's reach: on the benchmark data 0.3 s for a million customers,
     * 2-4 s for a manager's contacts or follow-ups (each row's customer tested); counting up to 10,000
     * still halved the throughput of the mixed load (run R in docs/performance.md).
     */
    public static final int TOTAL_CAP = 1_000;

    /** How many rows a list's total counts at most: one past its cap, to tell that it stopped there. */
    private static int countLimit(ListQuery query) {
        return query.offset() + TOTAL_CAP + 1;
    }

    private <T> PageResult<T> page(Class<T> type, Specification<T> spec, ListQuery query, Access access) {
        return page(type, spec, spec, query, access);
    }

    /** The page of {@code spec}'s rows, its total counted through {@code counted} (the same rows). */
    private <T> PageResult<T> page(Class<T> type, Specification<T> spec, Specification<T> counted, ListQuery query,
            Access access) {
        List<T> rows = rows(type, spec, query, access);
        return withTotal(rows, query, limit -> counts.countUpTo(type, counted, limit));
    }

    /** The page's rows and one more, to tell whether there are more. */
    private <T> List<T> rows(Class<T> type, Specification<T> spec, ListQuery query, Access access) {
        return criteria.list(sorted(type, spec, query.sort(), access),
                q -> q.setFirstResult(query.offset()).setMaxResults(query.size() + 1));
    }

    /** The page's rows and one more among the rows with these ids, sorted as the list is. */
    private <T> List<T> rowsAmong(Class<T> type, Collection<Long> ids, ListQuery query) {
        return ids.isEmpty() ? List.of()
                : rows(type, (root, q, cb) -> InLists.in(root.get("id"), ids), query, Access.IN_ORDER);
    }

    /**
     * The page with its total if asked for: {@code count} counts up to the limit it is given. A page that
     * holds the last row (fewer rows than one past the page) tells the total without counting.
     */
    private static <T> PageResult<T> withTotal(List<T> rows, ListQuery query, IntToLongFunction count) {
        if (!query.includeTotal()) {
            return PageResult.fromOverfetch(rows, query, null);
        }
        if (rows.size() <= query.size() && (!rows.isEmpty() || query.offset() == 0)) {
            return PageResult.fromOverfetch(rows, query, (long) query.offset() + rows.size(), false);
        }
        int limit = countLimit(query);
        long counted = count.applyAsLong(limit);
        return PageResult.fromOverfetch(rows, query, Math.min(counted, limit - 1), counted >= limit);
    }

    /**
     * How the database should reach a page of rows. PostgreSQL chooses from its estimate of how many
     * rows match; when a user's narrow scope meets a search, that estimate can be off a hundredfold
     * (it cannot know how few of a department's customers match a text) and walking the list in order
     * then tests hundreds of thousands of rows. Measured on the benchmark data.
     */
    public enum Access {
        /** Let the database choose, walking an index in list order when it expects matches to be dense. */
        IN_ORDER,
        /**
         * Find the matching rows through their indexes (scope and search combined), then sort them: for
         * lists whose scope holds a bounded number of rows, so that the worst case is bounded too.
         */
        MATCHES_FIRST
    }

    /** How many rows of the table {@link #probe} reads at least (at most {@link ListProbes#MAX_PROBED_ROWS}). */
    public static final int PROBED_ROWS = 2_000;

    /** How many rows of a branch's walk {@link ListProbes#walked} reads at least. */
    public static final int WALKED_ROWS = 1_000;

    /**
     * A page of the rows matching {@code filter} and any of the {@code branches}, e.g. a user's own
     * records and the records shared with them, reaching each branch's rows as {@code access} says
     * (bounded branches always matches first). Under one OR the database either walks the whole list
     * in order testing every row or collects every matching row and sorts it; for a rep's thousand
     * customers among a million both are slow. Instead each branch gives the ids of its first rows in
     * order through its own index, and the page is taken from their union in one more query, sorted
     * by the database (so collation and nulls order exactly as in a plain list). When the total is asked
     * for, a branch that finds its matches first (and sorts them anyway) gives the ids of up to {@link
     * #TOTAL_CAP} rows past the page's start from the same query, and the total is counted from them; only
     * the branches read in order that stopped after their page are counted apart, without the rows the
     * others gave ({@link BranchTotal}). Counted again, a department's search found its matches twice
     * (74-149 ms p95 in run T), and a rep's records shared with their team were found a second time for
     * every list's total.
     */
    public <T> PageResult<T> list(Class<T> type, List<ListBranch<T>> branches, Specification<T> filter,
            ListQuery query, Access access) {
        if (branches.size() == 1) {
            ListBranch<T> only = branches.get(0);
            return page(type, only.where().and(filter), only.countedWhere().and(filter), query,
                    only.bounded() ? Access.MATCHES_FIRST : access);
        }
        int needed = query.offset() + query.size() + 1;
        int countLimit = countLimit(query);
        Set<Long> candidates = new LinkedHashSet<>();
        BranchTotal<T> known = new BranchTotal<>(countLimit);
        for (ListBranch<T> branch : branches) {
            Access reach = branch.bounded() ? Access.MATCHES_FIRST : access;
            int limit = query.includeTotal() && reach == Access.MATCHES_FIRST ? Math.max(needed, countLimit) : needed;
            Optional<ListProbes.Probe> walked = branch.walk() == null || !branch.walk().worthIt().getAsBoolean()
                    ? Optional.empty() : probes.walked(type, branch, filter, query, needed);
            List<Long> ids;
            if (walked.isPresent() && walked.get().wholeTable()) {
                // every row of the walk read: these are all the branch's matches
                List<Long> all = walked.get().matching();
                ids = all.subList(0, Math.min(limit, all.size()));
            } else if (walked.isPresent()) {
                // a page found, the rest unread: counted apart if the total needs them
                ids = walked.get().matching().subList(0, needed);
                limit = needed;
            } else {
                ids = branchIds(type, branch.where().and(filter), query, reach, limit);
            }
            candidates.addAll(ids.subList(0, Math.min(needed, ids.size())));
            known.add(branch, ids, limit);
        }
        List<T> rows = rowsAmong(type, candidates, query);
        return withTotal(rows, query, limit -> known.total(
                (unread, outsideRead, left) -> counts.countUpTo(type, unread, filter.and(outsideRead), left)));
    }

    /**
     * The page of a list whose scope reaches a large part of the table (a department tree), read from
     * the table's first rows in list order: at least {@link #PROBED_ROWS} of them, or a hundred times
     * the rows up to the page's end, each tested against the branches and the filter (written for rows
     * tested one by one: a test on the row, not a join); empty when too few of them match, and the
     * caller then lists as it would have. When some matched but too few, the rows read tell how many more to read, and
     * the probe reads that many once more, up to {@value ListProbes#MAX_PROBED_ROWS}: a tag a tenth of a
     * tree's customers have gave 14 of the 21 rows a page needs among 2,100. The sort must be one that an
     * index of the whole table serves, with keys that rarely tie (ordering a large group of equal keys by
     * id reads the whole group). Finding every match first read a branch director's ~90k customers twice
     * (by owners and by departments) to sort them: 60 ms for a filter matching a fifth of them, against
     * 10 ms so (benchmark data). Not for the whole company's list: read in order it stops after the
     * page anyway, and its first rows can be the least representative (the customers changed last are
     * those followed up last, the opposite of "no follow-up for 30 days").
     */
    public <T> Optional<PageResult<T>> probe(Class<T> type, List<ListBranch<T>> branches, Specification<T> filter,
            ListQuery query) {
        int needed = query.offset() + query.size() + 1;
        Specification<T> matches = Specification.anyOf(branches.stream().map(ListBranch::where).toList())
                .and(filter);
        Optional<ListProbes.Probe> read = probes.table(type, matches, query, needed);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        List<Long> matching = read.get().matching();
        boolean wholeTable = read.get().wholeTable();
        List<T> rows = rowsAmong(type, matching.subList(0, Math.min(needed, matching.size())), query);
        // having read the whole table, the probe knows every match
        return Optional.of(withTotal(rows, query, limit -> wholeTable ? Math.min(matching.size(), limit)
                : counts.countUpTo(type, branches, filter, limit)));
    }

    /** The ids of a branch's first rows in the list's order, up to {@code limit}. */
    private <T> List<Long> branchIds(Class<T> type, Specification<T> spec, ListQuery query, Access reach, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<T> root = cq.from(type);
        where(cq, root, spec, cb);
        cq.select(root.get("id")).orderBy(listOrders.of(root, cb, query.sort(), reach == Access.MATCHES_FIRST));
        return criteria.list(cq, q -> q.setMaxResults(limit));
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
        cq.select(root.get("id")).orderBy(listOrders.of(root, cb, sort, false));
        return criteria.stream(cq, q -> q.setHint(HibernateHints.HINT_FETCH_SIZE, 10_000),
                ids -> ids.mapToLong(Long::longValue).toArray());
    }

    /** The rows with these ids, in the order of the ids (rows that are gone are left out). */
    public <T> List<T> inOrder(Class<T> type, List<Long> ids) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> cq = cb.createQuery(type);
        Root<T> root = cq.from(type);
        cq.where(InLists.in(root.get("id"), ids));
        Map<Object, T> byId = new HashMap<>();
        for (T row : criteria.list(cq, q -> { })) {
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

    private <T> CriteriaQuery<T> sorted(Class<T> type, Specification<T> spec, List<ListQuery.SortOrder> sort,
            Access access) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> cq = cb.createQuery(type);
        Root<T> root = cq.from(type);
        where(cq, root, spec, cb);
        cq.orderBy(listOrders.of(root, cb, sort, access == Access.MATCHES_FIRST));
        return cq;
    }

    public <T> long count(Class<T> type, Specification<T> spec) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<T> root = cq.from(type);
        where(cq, root, spec, cb);
        cq.select(cb.count(root));
        return criteria.single(cq);
    }

    /** Restricts the query to the rows {@code spec} reaches (all of them when it gives no predicate). */
    static <T> void where(CriteriaQuery<?> cq, Root<T> root, Specification<T> spec, CriteriaBuilder cb) {
        Predicate predicate = spec.toPredicate(root, cq, cb);
        if (predicate != null) {
            cq.where(predicate);
        }
    }
}
