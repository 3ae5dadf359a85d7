package io.kezhi.crm.shared.jpa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the branches' ids tell of a list's total: a branch read to its end (fewer ids than it asked
 * for) gave all its rows; one that gave as many as the count's limit puts the total beyond it; the
 * others stopped after their page and are counted apart, without the rows of those read to their
 * end (a test an index or a hashed set answers: cheaper than finding a bounded branch's rows again).
 */
final class BranchTotal<T> {

    /** Counts the rows of {@code unread} branches that also match {@code outsideRead}, up to {@code limit}. */
    interface Counter<T> {
        long count(List<ListBranch<T>> unread, Specification<T> outsideRead, int limit);
    }

    private final int countLimit;
    private final Set<Long> reached = new HashSet<>();
    private final List<ListBranch<T>> unread = new ArrayList<>();
    private Specification<T> outsideRead = Specification.unrestricted();
    private boolean beyondLimit;

    BranchTotal(int countLimit) {
        this.countLimit = countLimit;
    }

    void add(ListBranch<T> branch, List<Long> ids, int limit) {
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
