package io.kezhi.crm.identity;

import io.kezhi.crm.identity.ScopeCriteria.Part;
import io.kezhi.crm.shared.jpa.InLists;
import io.kezhi.crm.shared.jpa.ListBranch;
import io.kezhi.crm.shared.jpa.TenantCriteria;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link ResolvedScope} as the branches of a list, each a part of its predicate ({@link ScopeCriteria})
 * read through its own index: which branches the scope has, which owners the owner branch needs, how a
 * child's owner branch is counted, and when the records shared with the user are walked in list order.
 */
final class ScopeBranches {

    private final ResolvedScope resolved;
    private final ScopeCriteria criteria;

    ScopeBranches(ResolvedScope resolved, ScopeCriteria criteria) {
        this.resolved = resolved;
        this.criteria = criteria;
    }

    /**
     * The branches of the scope's records of {@code type}, the department apart from the owners or with
     * them (see {@link ResolvedScope#branches} and {@link ResolvedScope#branchesForSearch}).
     */
    <T> List<ListBranch<T>> branches(RecordType type, boolean departmentApart) {
        return branches(type, departmentApart, false);
    }

    /**
     * As {@link #branches(RecordType, boolean)} with the department apart, its records as one branch per
     * department of the tree (see {@link ResolvedScope#branchesPerDepartment}).
     */
    <T> List<ListBranch<T>> branchesPerDepartment(RecordType type) {
        return branches(type, true, true);
    }

    private <T> List<ListBranch<T>> branches(RecordType type, boolean departmentApart, boolean perDepartment) {
        RecordType top = resolved.topOf(type);
        if (resolved.unrestricted() || type.isCompanyWide()) {
            return List.of(ListBranch.of(resolved.specification(type)));
        }
        List<ListBranch<T>> branches = new ArrayList<>();
        boolean ownersNarrowed = false;
        if (!departmentApart) {
            branches.add(ListBranch.of(
                    (root, query, cb) -> criteria.predicate(type, root, query, cb, Part.OWNERSHIP)));
        } else {
            // the owners' records placed in the scope's departments are the department branch's
            Optional<Set<Long>> placedOutside = ownersPlacedOutside(type);
            ownersNarrowed = placedOutside.isPresent();
            if (placedOutside.map(outside -> !outside.isEmpty()).orElse(top.hasOwner())) {
                // narrowed to those owners where the type has its own owner; a record inside another
                // goes through its parent: the whole owner branch
                branches.add(ownersNarrowed && type.parent() == null
                        ? ListBranch.of((root, query, cb) ->
                                InLists.in(root.get(type.ownerId().attribute()), placedOutside.get()))
                        : owned(type, Part.OWNERS));
            }
            if (resolved.reachesDepartments(top) && perDepartment) {
                // each department alone: with the tree's list beside it, a generic plan read all the
                // tree's entries to sort them (10 ms against 0.3 for one department's, benchmark data)
                for (Long department : resolved.departmentTree()) {
                    branches.add(ListBranch.of((root, query, cb) ->
                            cb.equal(root.get(type.ownerDeptId().attribute()), department)));
                }
            } else if (resolved.reachesDepartments(top)) {
                branches.add(owned(type, Part.DEPARTMENTS));
            }
        }
        if (resolved.sharesApply(top)) {
            ListBranch<T> shared = ListBranch.bounded(
                    (root, query, cb) -> criteria.predicate(type, root, query, cb, Part.SHARED_ROWS),
                    (root, query, cb) -> criteria.predicate(type, root, query, cb, Part.SHARED));
            branches.add(walksSharedChildren(type) ? shared.walking((root, query, cb) ->
                    cb.isNotNull(root.get(type.parent().shareCopy().attribute())), () -> manyShared(type)) : shared);
        }
        if (branches.size() < 2 && !ownersNarrowed) {
            return List.of(ListBranch.of(resolved.specification(type)));
        }
        return branches;
    }

    /**
     * The branch of the records of the user and their subordinates ({@link Part#OWNERS}) or placed in the
     * scope's departments ({@link Part#DEPARTMENTS}); the owners' records inside another that carry copies
     * of its parent's owner counted through {@link #countedThroughCopy}. (A department's parents are too
     * many for one hashed set: its contacts' count up to a total's limit took 10-20 ms so, 8 ms testing
     * each contact's customer in turn, benchmark data.)
     */
    private <T> ListBranch<T> owned(RecordType type, Part part) {
        ListBranch<T> branch = ListBranch.of((root, query, cb) -> criteria.predicate(type, root, query, cb, part));
        return part == Part.OWNERS && type.parent() != null && type.parent().copiesOwner()
                ? branch.counting((root, query, cb) -> countedThroughCopy(type, root, query, cb, part)) : branch;
    }

    /**
     * The rows of an owner or department branch read through the child's copy of its parent's owner
     * (see {@link ScopeCriteria#predicate}), written for counting: the parents in scope as one uncorrelated subquery
     * with a condition the database can estimate, which it collects once into a hashed set (a sales rep's
     * ~650 customers from the owner index), instead of testing each child's parent by its primary key as
     * the list's form does (right for a page read in order, slow for the thousand rows a total counts: a
     * rep's contacts 3.9 -> 1.1 ms, follow-ups 6.3 -> 1.1 ms, benchmark data).
     */
    private Predicate countedThroughCopy(RecordType type, From<?, ?> root, CommonAbstractCriteria query,
            CriteriaBuilder cb, Part part) {
        RecordType parent = resolved.parentOf(type);
        Subquery<Long> sub = query.subquery(Long.class);
        Root<?> p = sub.from(parent.entityClass());
        List<Predicate> where = new ArrayList<>();
        where.add(TenantCriteria.ofCurrentCompany(cb, p));
        if (parent.softDelete()) {
            where.add(cb.isNull(p.get("deletedAt")));
        }
        where.add(criteria.predicate(parent, p, query, cb, part));
        sub.select(p.get("id")).where(where.toArray(Predicate[]::new));
        return criteria.throughOwnerCopy(type, parent, root, cb, part, root.get(type.parent().attribute()).in(sub));
    }

    /**
     * Whether a list of records inside shared parents (contacts) looks for a page of those shared with the
     * user among the children of every shared parent in list order ({@link ListBranch#walk}): on
     * PostgreSQL, where partial indexes hold them in the lists' default orders ({@code V2_29}), and when the
     * user has at least {@value #WALKED_SHARES} parents shared with them ({@link #manyShared}, asked only
     * by a list that walks). Not for a scope with a department branch: found all at once, the shared
     * children (a thousand and more) also tell that a list's total is beyond its limit; walked, the
     * department's children are counted instead (a manager's contacts 6.7 -> 20 ms, benchmark data), where
     * a user's own are counted in a millisecond ({@link #countedThroughCopy}).
     */
    private boolean walksSharedChildren(RecordType type) {
        return type.parent() != null && type.parent().shareCopy() != null && resolved.sharesCopied()
                && resolved.listShares() && resolved.operation().grantedByReadShare() && !resolved.unrestricted()
                && !resolved.reachesDepartments(resolved.topOf(type));
    }

    /**
     * Whether the user has at least {@value #WALKED_SHARES} records of the type's top parent shared with
     * them. With fewer, finding each one's children is cheap (a dozen microseconds a parent), and a walk among
     * the children of every shared parent would mostly read others' (a user reaching 0.1 % of them reads a
     * thousand rows for one match).
     */
    private boolean manyShared(RecordType type) {
        return resolved.listedShares(resolved.topOf(type)).map(ids -> ids.size() >= WALKED_SHARES).orElse(true);
    }

    /** How many parents shared with a user make their children's list walk the shared children in order. */
    static final int WALKED_SHARES = 100;

    /**
     * For a scope that reaches a type's records both by owner and by the department they are placed in,
     * the owners who have records placed outside the scope's departments ({@link OwnerPlacements}): the
     * owner branch needs to read only theirs. For a record inside another (a contact, a follow-up) it is
     * asked of the top of its parent chain, by whose owner and placement every branch reaches it: when
     * no owner has a customer placed elsewhere, the owner branch reaches no contact that the department
     * branch does not. Empty for other scopes.
     */
    private Optional<Set<Long>> ownersPlacedOutside(RecordType type) {
        RecordType top = resolved.topOf(type);
        if (!top.hasOwner() || top.ownerDeptId() == null || !resolved.reachesDepartments(top)) {
            return Optional.empty();
        }
        List<Long> departments = resolved.scope() == DataScope.DEPARTMENT_TREE ? resolved.departmentTree()
                : List.of(resolved.departmentId());
        return Optional.of(resolved.placements().ownersPlacedOutside(top, resolved.owners(), departments));
    }
}
