package io.kezhi.crm.shared.jpa;

import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntToLongFunction;
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

    private final ListOrders listOrders;
    private final TenantCriteria criteria;

    EntityLister(ListOrders listOrders, TenantCriteria criteria) {
        this.listOrders = listOrders;
        this.criteria = criteria;
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
     * As {@link #listCountingFirst(Class, Specification, ListQuery)}, the matches counted through
     * {@code counted}: the same rows as {@code spec}, written for finding them in no order (a test an
     * index answers, which read in list order would be evaluated on every row read).
     */
    public <T> PageResult<T> listCountingFirst(Class<T> type, Specification<T> spec, Specification<T> counted,
            ListQuery query) {
        int cap = query.offset() + TOTAL_CAP;
        List<Long> matching = idsUpTo(type, counted, cap + 1);
        List<T> rows;
        if (matching.size() > cap) {
            rows = rows(type, spec, query, Access.IN_ORDER);
        } else if (matching.size() > query.offset()) {
            rows = rowsAmong(type, matching, query);
        } else {
            rows = List.of();
        }
        return withTotal(rows, query, limit -> Math.min(matching.size(), limit));
    }

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

    private <T> PageResult<T> page(Class<T> type, Specification<T> spec, ListQuery query, Access access) {
        List<T> rows = rows(type, spec, query, access);
        return withTotal(rows, query, limit -> countUpTo(type, spec, limit));
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
        int cap = query.offset() + TOTAL_CAP;
        long counted = count.applyAsLong(cap + 1);
        return PageResult.fromOverfetch(rows, query, Math.min(counted, cap), counted > cap);
    }

    /**
     * One branch of a list's scope (see {@link #list(Class, List, Specification, ListQuery, Access)}).
     * A {@code bounded} branch reaches few rows whatever the list (the records shared with a user): its
     * matches are always found first and then sorted, never by walking the list's order index.
     * {@code tested} is the same set of rows written for testing rows one by one, where {@code where} is
     * written for finding them (the records shared with a user: found through their rows' copy of the
     * grantees, tested against the share table's ids, which an index-only count of the other branches
     * answers without visiting their rows); null when {@code where} serves both. {@code walk}, when set,
     * names rows that an index holds in the list's order and among which every row of the branch is (the
     * contacts of every shared customer): a page of the branch is looked for among the first of them,
     * each tested as {@code where} says, before all the branch's rows are found ({@link #walked}), when the
     * walk says it is worth it.
     * {@code counted}, when set, is the same set of rows written for counting them in no order (see
     * {@link #counting}).
     */
    public record Branch<T>(Specification<T> where, boolean bounded, Specification<T> tested, Walk<T> walk,
            Specification<T> counted) {

        public static <T> Branch<T> of(Specification<T> where) {
            return new Branch<>(where, false, null, null, null);
        }

        public static <T> Branch<T> bounded(Specification<T> where) {
            return new Branch<>(where, true, null, null, null);
        }

        /** A bounded branch whose rows are tested one by one as {@code tested} says (see {@link Branch}). */
        public static <T> Branch<T> bounded(Specification<T> where, Specification<T> tested) {
            return new Branch<>(where, true, tested, null, null);
        }

        /**
         * This branch, its page looked for among the rows of {@code walk} first (see {@link Branch}) when
         * {@code worthIt} says so, asked only for a list that walks.
         */
        public Branch<T> walking(Specification<T> walk, BooleanSupplier worthIt) {
            return new Branch<>(where, bounded, tested, new Walk<>(walk, worthIt), counted);
        }

        /**
         * This branch, its rows counted as {@code counted} says: the same rows, written so that the database
         * may collect them in no order (a user's contacts through their customers' ids as one hashed set,
         * where the list's form tests each contact's customer in turn, which suits a page read in order).
         */
        public Branch<T> counting(Specification<T> counted) {
            return new Branch<>(where, bounded, tested, walk, counted);
        }

        /** The branch's rows as its total counts them. */
        Specification<T> countedWhere() {
            return counted != null ? counted : where;
        }

        /**
         * The branches without their walks: for a list whose filter or sort the walks' indexes do not serve
         * (read in order, a selective filter would be tested on every row walked, and another sort would
         * read them all), or where no index holds them.
         */
        public static <T> List<Branch<T>> withoutWalks(List<Branch<T>> branches) {
            return branches.stream().map(b -> b.walk() == null ? b : new Branch<>(b.where(), b.bounded(), b.tested(),
                    null, b.counted())).toList();
        }

        /** The rows this branch does not reach, as a test of each row. */
        Specification<T> outside() {
            return EntityLister.outside(tested != null ? tested : where);
        }

        /**
         * Each branch once per part, for a filter that is the union of {@code parts} and that the list's
         * order index serves only part by part (e.g. "never, or before a date" read in order of that
         * date); the branches as they are when there are no parts.
         */
        public static <T> List<Branch<T>> split(List<Branch<T>> branches, List<Specification<T>> parts) {
            if (parts.isEmpty()) {
                return branches;
            }
            List<Branch<T>> split = new ArrayList<>();
            for (Branch<T> branch : branches) {
                for (Specification<T> part : parts) {
                    split.add(new Branch<>(branch.where().and(part), branch.bounded(),
                            branch.tested() == null ? null : branch.tested().and(part), null,
                            branch.counted() == null ? null : branch.counted().and(part)));
                }
            }
            return split;
        }
    }

    /** The rows a branch's page is looked for among first, and whether that is worth it for this list. */
    public record Walk<T>(Specification<T> rows, BooleanSupplier worthIt) {
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

    /** How many rows of the table {@link #probe} reads at least, and at most. */
    public static final int PROBED_ROWS = 2_000;
    static final int MAX_PROBED_ROWS = 10_000;

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
    public <T> PageResult<T> list(Class<T> type, List<Branch<T>> branches, Specification<T> filter,
            ListQuery query, Access access) {
        if (branches.size() == 1) {
            Branch<T> only = branches.get(0);
            return page(type, only.where().and(filter), query, only.bounded() ? Access.MATCHES_FIRST : access);
        }
        int needed = query.offset() + query.size() + 1;
        int countLimit = query.offset() + TOTAL_CAP + 1;
        Set<Long> candidates = new LinkedHashSet<>();
        BranchTotal<T> known = new BranchTotal<>(countLimit);
        for (Branch<T> branch : branches) {
            Access reach = branch.bounded() ? Access.MATCHES_FIRST : access;
            int limit = query.includeTotal() && reach == Access.MATCHES_FIRST ? Math.max(needed, countLimit) : needed;
            Optional<Probe> walked = branch.walk() == null || !branch.walk().worthIt().getAsBoolean() ? Optional.empty()
                    : walked(type, branch, filter, query, needed);
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
                (unread, outsideRead, left) -> countUpTo(type, unread, filter.and(outsideRead), left)));
    }

    /**
     * The page of a list whose scope reaches a large part of the table (a department tree), read from
     * the table's first rows in list order: at least {@link #PROBED_ROWS} of them, or a hundred times
     * the rows up to the page's end, each tested against the branches and {@code rowFilter} (the filter,
     * written for rows tested one by one); empty when too few of them match, and the caller then lists
     * as it would have. When some matched but too few, the rows read tell how many more to read, and
     * the probe reads that many once more, up to {@value #MAX_PROBED_ROWS}: a tag a tenth of a tree's
     * customers have gave 14 of the 21 rows a page needs among 2,100. The sort must be one that an index
     * of the whole table serves, with keys that rarely tie (ordering a large group of equal keys by id
     * reads the whole group). Finding every match first read a branch director's ~90k customers twice
     * (by owners and by departments) to sort them: 60 ms for a filter matching a fifth of them, against
     * 10 ms so (benchmark data). Not for the whole company's list: read in order it stops after the
     * page anyway, and its first rows can be the least representative (the customers changed last are
     * those followed up last, the opposite of "no follow-up for 30 days").
     */
    public <T> Optional<PageResult<T>> probe(Class<T> type, List<Branch<T>> branches, Specification<T> rowFilter,
            Specification<T> filter, ListQuery query) {
        int needed = query.offset() + query.size() + 1;
        int walked = Math.min(MAX_PROBED_ROWS, Math.max(PROBED_ROWS, needed * 100));
        if (walked < needed) {
            return Optional.empty();
        }
        Specification<T> matches = Specification.anyOf(branches.stream().map(Branch::where).toList()).and(rowFilter);
        Probe read = probe(type, Specification.unrestricted(), matches, query, walked, needed);
        if (read.tooFew(needed)) {
            return Optional.empty();
        }
        List<Long> matching = read.matching();
        boolean wholeTable = read.wholeTable();
        List<T> rows = rowsAmong(type, matching.subList(0, Math.min(needed, matching.size())), query);
        // having read the whole table, the probe knows every match
        return Optional.of(withTotal(rows, query, limit -> wholeTable ? Math.min(matching.size(), limit)
                : countUpTo(type, branches, filter, limit)));
    }

    /**
     * A page of a branch's rows (with a {@link Branch#walk}) among the first rows of its walk in list order:
     * at least {@value #WALKED_ROWS} of them, or fifty times the rows up to the page's end, read once more as
     * {@link #probe} does when too few matched. Empty when too few of them match (the branch is then found
     * as it would have been); all the branch's rows when the walk was read to its end. A sales rep with ~680
     * customers shared with their department path finds a page of their contacts among the first ~1,000
     * contacts of shared customers, read index-only (1-2 ms), instead of probing each shared customer for
     * its contacts and sorting all 2,040 (7-10 ms; benchmark data).
     */
    private <T> Optional<Probe> walked(Class<T> type, Branch<T> branch, Specification<T> filter, ListQuery query,
            int needed) {
        int walked = Math.min(MAX_PROBED_ROWS, Math.max(WALKED_ROWS, needed * 50));
        if (walked < needed) {
            return Optional.empty();
        }
        Probe read = probe(type, branch.walk().rows(), branch.where().and(filter), query, walked, needed);
        return read.tooFew(needed) ? Optional.empty() : Optional.of(read);
    }

    /** How many rows of a branch's walk {@link #walked} reads at least. */
    public static final int WALKED_ROWS = 1_000;

    /** What a probe found: the matching ids in list order, and whether it read the whole table. */
    private record Probe(List<Long> matching, boolean wholeTable) {

        boolean tooFew(int needed) {
            return matching.size() < needed && !wholeTable;
        }
    }

    /**
     * The ids among the first {@code walked} rows of {@code within} in list order that match; when some but
     * fewer than {@code needed} matched, read once more, as many rows as the share of matches so far says
     * with a quarter more for their spread, up to {@value #MAX_PROBED_ROWS}.
     */
    private <T> Probe probe(Class<T> type, Specification<T> within, Specification<T> matches, ListQuery query,
            int walked, int needed) {
        Probe read = probe(type, within, matches, query, walked);
        if (read.tooFew(needed) && !read.matching().isEmpty()) {
            long more = (long) walked * needed * 5 / (read.matching().size() * 4L);
            if (more <= MAX_PROBED_ROWS) {
                read = probe(type, within, matches, query, (int) more);
            }
        }
        return read;
    }

    /** The ids among the first {@code walked} rows of {@code within} in list order that match. */
    private <T> Probe probe(Class<T> type, Specification<T> within, Specification<T> matches, ListQuery query,
            int walked) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> cq = cb.createQuery(Object[].class);
        Root<T> root = cq.from(type);
        where(cq, root, within, cb);
        Predicate predicate = matches.toPredicate(root, cq, cb);
        Expression<Integer> flag = predicate == null ? cb.literal(1)
                : cb.<Integer>selectCase().when(predicate, 1).otherwise(0);
        cq.multiselect(root.get("id"), flag).orderBy(listOrders.of(root, cb, query.sort(), false));
        List<Object[]> read = criteria.list(cq, q -> q.setMaxResults(walked));
        List<Long> matching = new ArrayList<>();
        for (Object[] row : read) {
            if (((Number) row[1]).intValue() == 1) {
                matching.add((Long) row[0]);
            }
        }
        return new Probe(matching, read.size() < walked);
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
     * What the branches' ids tell of a list's total: a branch read to its end (fewer ids than it asked
     * for) gave all its rows; one that gave as many as the count's limit puts the total beyond it; the
     * others stopped after their page and are counted apart, without the rows of those read to their
     * end (a test an index or a hashed set answers: cheaper than finding a bounded branch's rows again).
     */
    private static final class BranchTotal<T> {

        /** Counts the rows of {@code unread} branches that also match {@code outsideRead}, up to {@code limit}. */
        interface Counter<T> {
            long count(List<Branch<T>> unread, Specification<T> outsideRead, int limit);
        }

        private final int countLimit;
        private final Set<Long> reached = new HashSet<>();
        private final List<Branch<T>> unread = new ArrayList<>();
        private Specification<T> outsideRead = Specification.unrestricted();
        private boolean beyondLimit;

        BranchTotal(int countLimit) {
            this.countLimit = countLimit;
        }

        void add(Branch<T> branch, List<Long> ids, int limit) {
            if (ids.size() >= countLimit) {
                beyondLimit = true;
            } else if (ids.size() < limit) {
                reached.addAll(ids);
                outsideRead = outsideRead.and(branch.outside());
            } else {
                unread.add(branch);
            }
        }

        long total(Counter<T> counter) {
            if (beyondLimit || reached.size() >= countLimit) {
                return Math.max(countLimit, reached.size());
            }
            return unread.isEmpty() ? reached.size()
                    : reached.size() + counter.count(unread, outsideRead, countLimit - reached.size());
        }
    }

    /**
     * The number of rows matching {@code filter} and any of the branches, up to {@code limit}, counted
     * branch by branch through each one's index: a branch's rows that no earlier branch reaches.
     * Counted as one OR, the records shared with the user made PostgreSQL test the share subquery on
     * every row of the table (a sales rep's thousand customers: 300 ms for the total of each list page,
     * against 8 ms so, on the benchmark data).
     */
    private <T> long countUpTo(Class<T> type, List<Branch<T>> branches, Specification<T> filter, int limit) {
        long total = 0;
        Specification<T> notEarlier = Specification.unrestricted();
        for (Branch<T> branch : branches) {
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
    private <T> long countUpTo(Class<T> type, Specification<T> spec, int limit) {
        return idsUpTo(type, spec, limit).size();
    }

    /** The ids of up to {@code limit} matching rows, in no particular order. */
    private <T> List<Long> idsUpTo(Class<T> type, Specification<T> spec, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<T> root = cq.from(type);
        where(cq, root, spec, cb);
        cq.select(root.get("id"));
        return criteria.list(cq, q -> q.setMaxResults(limit));
    }

    /** Rows the specification does not reach, including those for which it is unknown (SQL null). */
    private static <T> Specification<T> outside(Specification<T> where) {
        return (root, query, cb) -> cb.not(cb.isTrue(cb.coalesce(where.toPredicate(root, query, cb), Boolean.FALSE)));
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

    private <T> CriteriaQuery<T> sorted(Class<T> type, Specification<T> spec, List<ListQuery.SortOrder> sort) {
        return sorted(type, spec, sort, Access.IN_ORDER);
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

    private static <T> void where(CriteriaQuery<?> cq, Root<T> root, Specification<T> spec, CriteriaBuilder cb) {
        Predicate predicate = spec.toPredicate(root, cq, cb);
        if (predicate != null) {
            cq.where(predicate);
        }
    }
}
