package io.kezhi.crm.shared.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.data.jpa.domain.Specification;

/**
 * One branch of a list's scope (see
 * {@link EntityLister#list(Class, List, Specification, io.kezhi.crm.shared.web.ListQuery, EntityLister.Access)}).
 * A {@code bounded} branch reaches few rows whatever the list (the records shared with a user): its
 * matches are always found first and then sorted, never by walking the list's order index.
 * {@code tested} is the same set of rows written for testing rows one by one, where {@code where} is
 * written for finding them (the records shared with a user: found through their rows' copy of the
 * grantees, tested against the share table's ids, which an index-only count of the other branches
 * answers without visiting their rows); null when {@code where} serves both. {@code walk}, when set,
 * names rows that an index holds in the list's order and among which every row of the branch is (the
 * contacts of every shared customer): a page of the branch is looked for among the first of them,
 * each tested as {@code where} says, before all the branch's rows are found ({@link ListProbes#walked}),
 * when the walk says it is worth it.
 * {@code counted}, when set, is the same set of rows written for counting them in no order (see
 * {@link #counting}).
 */
public record ListBranch<T>(Specification<T> where, boolean bounded, Specification<T> tested, Walk<T> walk,
        Specification<T> counted) {

    /** The rows a branch's page is looked for among first, and whether that is worth it for this list. */
    public record Walk<T>(Specification<T> rows, BooleanSupplier worthIt) {
    }

    public static <T> ListBranch<T> of(Specification<T> where) {
        return new ListBranch<>(where, false, null, null, null);
    }

    public static <T> ListBranch<T> bounded(Specification<T> where) {
        return new ListBranch<>(where, true, null, null, null);
    }

    /** A bounded branch whose rows are tested one by one as {@code tested} says (see {@link ListBranch}). */
    public static <T> ListBranch<T> bounded(Specification<T> where, Specification<T> tested) {
        return new ListBranch<>(where, true, tested, null, null);
    }

    /**
     * This branch, its page looked for among the rows of {@code walk} first (see {@link ListBranch}) when
     * {@code worthIt} says so, asked only for a list that walks.
     */
    public ListBranch<T> walking(Specification<T> walk, BooleanSupplier worthIt) {
        return new ListBranch<>(where, bounded, tested, new Walk<>(walk, worthIt), counted);
    }

    /**
     * This branch, its rows counted as {@code counted} says: the same rows, written so that the database
     * may collect them in no order (a user's contacts through their customers' ids as one hashed set,
     * where the list's form tests each contact's customer in turn, which suits a page read in order).
     */
    public ListBranch<T> counting(Specification<T> counted) {
        return new ListBranch<>(where, bounded, tested, walk, counted);
    }

    /**
     * This branch, its rows counted with {@code test} besides, a test they all pass written for an index
     * that finds them (the company's customers through the index of their attribute values).
     */
    public ListBranch<T> countedAlsoBy(Specification<T> test) {
        return counting(countedWhere().and(test));
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
    public static <T> List<ListBranch<T>> withoutWalks(List<ListBranch<T>> branches) {
        return branches.stream().map(b -> b.walk() == null ? b : new ListBranch<>(b.where(), b.bounded(), b.tested(),
                null, b.counted())).toList();
    }

    /** The rows this branch does not reach, as a test of each row. */
    Specification<T> outside() {
        return outsideOf(tested != null ? tested : where);
    }

    /** Rows the specification does not reach, including those for which it is unknown (SQL null). */
    private static <T> Specification<T> outsideOf(Specification<T> where) {
        return (root, query, cb) -> cb.not(cb.isTrue(cb.coalesce(where.toPredicate(root, query, cb), Boolean.FALSE)));
    }

    /**
     * Each branch once per part, for a filter that is the union of {@code parts} and that the list's
     * order index serves only part by part (e.g. "never, or before a date" read in order of that
     * date); the branches as they are when there are no parts.
     */
    public static <T> List<ListBranch<T>> split(List<ListBranch<T>> branches, List<Specification<T>> parts) {
        if (parts.isEmpty()) {
            return branches;
        }
        List<ListBranch<T>> split = new ArrayList<>();
        for (ListBranch<T> branch : branches) {
            for (Specification<T> part : parts) {
                split.add(new ListBranch<>(branch.where().and(part), branch.bounded(),
                        branch.tested() == null ? null : branch.tested().and(part), null,
                        branch.counted() == null ? null : branch.counted().and(part)));
            }
        }
        return split;
    }
}
