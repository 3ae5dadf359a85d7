package io.kezhi.crm.identity;

import io.kezhi.crm.identity.share.RecordShare;
import io.kezhi.crm.shared.jpa.InLists;
import io.kezhi.crm.shared.jpa.TenantCriteria;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link ResolvedScope} as a JPA criteria predicate: whole ({@link ResolvedScope#specification}), or
 * one part at a time for the branches of a list ({@link ScopeBranches}).
 */
final class ScopeCriteria {

    private final ResolvedScope resolved;

    ScopeCriteria(ResolvedScope resolved) {
        this.resolved = resolved;
    }

    /** Which part of the predicate to render: all of it, or one of the branches of a list. */
    enum Part {
        /** Ownership or a share (shares as listed ids, or probed with EXISTS when too many). */
        WHOLE,
        /** Owners, department, department tree (as a path prefix): no shares. */
        OWNERSHIP,
        /** The records owned by the user or their subordinates. */
        OWNERS,
        /** The records placed in the user's department (or its tree, as department ids). */
        DEPARTMENTS,
        /** The records shared with the user (of the top of a parent chain), as an uncorrelated subquery. */
        SHARED,
        /**
         * The same records, where lists find them through their rows' copy of the grantees (see
         * {@link ResolvedScope#branches(RecordType)}); as {@link #SHARED} elsewhere.
         */
        SHARED_ROWS
    }

    /** The scope's {@code part} for {@code root}, a record of {@code type} (or a parent's, in a subquery). */
    Predicate predicate(RecordType type, From<?, ?> root, CommonAbstractCriteria query, CriteriaBuilder cb,
            Part part) {
        if (type.isCompanyWide()) {
            return cb.conjunction();
        }
        if (type.parent() != null) {
            RecordType parent = resolved.parentOf(type);
            if ((part == Part.SHARED || part == Part.SHARED_ROWS) && parent.parent() == null
                    && parent.recycledEntity() != null && !resolved.unrestricted()) {
                return sharedChildren(type, parent, root, query, cb);
            }
            Subquery<Long> sub = query.subquery(Long.class);
            Root<?> p = sub.from(parent.entityClass());
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(p.get("id"), root.get(type.parent().attribute())));
            if (parent.softDelete()) {
                where.add(cb.isNull(p.get("deletedAt")));
            }
            Predicate onParent = predicate(parent, p, query, cb, part);
            boolean throughCopy = type.parent().copiesOwner() && (part == Part.OWNERS || part == Part.DEPARTMENTS);
            // Through the child's copy of the owner, the parent's same condition is written so that
            // PostgreSQL cannot estimate it: counted twice (on the child and on the parent) it made the
            // database expect almost no matches and read every contact of a department to sort them,
            // instead of reading them in order and stopping after a page (62 ms against 1 ms, benchmark
            // data). It still decides: the copy only narrows.
            where.add(throughCopy ? cb.isTrue(cb.coalesce(onParent, Boolean.FALSE)) : onParent);
            sub.select(p.get("id")).where(where.toArray(Predicate[]::new));
            return throughCopy ? throughOwnerCopy(type, parent, root, cb, part, cb.exists(sub)) : cb.exists(sub);
        }
        if (resolved.unrestricted()) {
            return cb.conjunction();
        }
        if (part == Part.SHARED_ROWS && resolved.sharesApply(type) && resolved.sharesCopied()
                && type.shareCopy() != null && resolved.operation().grantedByReadShare()) {
            return sharedByCopy(type, root, cb);
        }
        if (part == Part.SHARED || part == Part.SHARED_ROWS) {
            return resolved.sharesApply(type) ? root.get("id").in(sharedIds(type, query, cb)) : cb.disjunction();
        }
        List<Predicate> any = ownership(type, type.ownerId(), type.ownerDeptId(), type.ownerDeptPath(), root, cb,
                part);
        if (part == Part.WHOLE) {
            Optional<List<Long>> listed = resolved.listedShares(type);
            if (listed.isPresent()) {
                if (!listed.get().isEmpty()) {
                    any.add(InLists.in(root.get("id"), listed.get()));
                }
            } else if (resolved.sharesApply(type)) {
                any.add(cb.exists(shareSubquery(type, root, query, cb)));
            }
        }
        return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    }

    /**
     * A child's rows of an owner or department branch: found by its copies of its parent's owner and
     * department, kept where {@code parentInScope} (the parent's own columns) agrees.
     */
    Predicate throughOwnerCopy(RecordType type, RecordType parent, From<?, ?> root, CriteriaBuilder cb,
            Part part, Predicate parentInScope) {
        RecordType.Parent link = type.parent();
        List<Predicate> byCopy = ownership(parent, link.ownerCopy(), link.ownerDeptCopy(), null, root, cb, part);
        return byCopy.isEmpty() ? cb.disjunction() : cb.and(cb.or(byCopy.toArray(Predicate[]::new)), parentInScope);
    }

    /**
     * The children of the records of {@code parent} shared with the user, found by their parent's id and
     * kept unless the parent is in the recycle bin. Through the live parent, as the other parts go, each
     * of a rep's ~540 shared customers was probed by its primary key for its deleted mark before its
     * contacts were read (9 ms for a page of them; through the few deleted customers' own index 5.5 ms,
     * benchmark data).
     */
    private Predicate sharedChildren(RecordType type, RecordType parent, From<?, ?> root,
            CommonAbstractCriteria query, CriteriaBuilder cb) {
        if (!resolved.sharesApply(parent)) {
            return cb.disjunction();
        }
        Expression<Long> parentId = root.get(type.parent().attribute());
        Subquery<Long> recycled = query.subquery(Long.class);
        Root<?> deleted = recycled.from(parent.recycledEntity());
        recycled.select(deleted.get("id")).where(cb.equal(deleted.get("id"), parentId));
        return cb.and(parentId.in(sharedIds(parent, query, cb)), cb.not(cb.exists(recycled)));
    }

    /**
     * The records shared with the user, by their own rows' copy of the grantees ({@link ShareGrantees}):
     * on PostgreSQL an index of the tokens finds them and each row is visited once ({@code V2_27}); found
     * by their ids in the share table, each was reached through a descent of the primary key (a sales
     * rep's 681 customers shared with their department path: 4.0 ms of a 5 ms list, benchmark data). The
     * tokens are padded to a power of two, as {@link InLists} pads, so that the query's shape repeats.
     */
    private Predicate sharedByCopy(RecordType type, From<?, ?> root, CriteriaBuilder cb) {
        List<Expression<?>> arguments = new ArrayList<>();
        arguments.add(root.get(type.shareCopy().attribute()));
        InLists.padded(GranteeTokens.reaching(resolved.userId(), resolved.departmentAndAncestors()))
                .forEach(t -> arguments.add(cb.literal(t)));
        return cb.isTrue(cb.function("kz_shared_with", Boolean.class, arguments.toArray(Expression[]::new)));
    }

    /**
     * The records a part of the scope reaches by ownership, as the rules of {@code type} say, on the
     * given columns: the type's own, or a child's copies of them (no path: the child is only read this
     * way by the parts that match a department tree by its department ids). Any of them reaches a record.
     */
    private List<Predicate> ownership(RecordType type, RecordType.Owner owner, RecordType.Owner dept,
            RecordType.Owner path, From<?, ?> root, CriteriaBuilder cb, Part part) {
        List<Predicate> any = new ArrayList<>();
        if (type.hasOwner() && part != Part.DEPARTMENTS) {
            any.add(InLists.in(root.get(owner.attribute()), resolved.owners()));
        }
        if (part != Part.OWNERS) {
            if (resolved.reachesOwnDepartment(type) && dept != null) {
                any.add(cb.equal(root.get(dept.attribute()), resolved.departmentId()));
            }
            if (resolved.scope() == DataScope.DEPARTMENT_TREE && part == Part.DEPARTMENTS && dept != null) {
                any.add(InLists.in(root.get(dept.attribute()), resolved.departmentTree()));
            } else if (resolved.scope() == DataScope.DEPARTMENT_TREE && path != null) {
                any.add(cb.like(root.get(path.attribute()), resolved.departmentPath() + "%"));
            }
        }
        return any;
    }

    private Subquery<Long> shareSubquery(RecordType type, From<?, ?> root,
            CommonAbstractCriteria query, CriteriaBuilder cb) {
        Subquery<Long> sub = query.subquery(Long.class);
        Root<RecordShare> share = sub.from(RecordShare.class);
        List<Predicate> where = shareConditions(type, share, cb);
        where.add(cb.equal(share.get("subjectId"), root.get("id")));
        return sub.select(share.get("id")).where(where.toArray(Predicate[]::new));
    }

    /** The ids of the records of a type shared with the user (read-write ones where the operation needs them). */
    private Subquery<Long> sharedIds(RecordType type, CommonAbstractCriteria query, CriteriaBuilder cb) {
        Subquery<Long> sub = query.subquery(Long.class);
        Root<RecordShare> share = sub.from(RecordShare.class);
        return sub.select(share.get("subjectId")).where(shareConditions(type, share, cb).toArray(Predicate[]::new));
    }

    /**
     * Shares of a type to the user or to their department or one above it. The grantee type and id are
     * also bounded as two lists of their own (a superset of the pairs): the grantee index then answers
     * the lookup alone, as one index-only scan of the pairs' combinations. With only the pairs, joined by
     * OR, PostgreSQL combined two index scans in a bitmap and read every share row from the table:
     * a sales rep seeing 700 records shared with their department tree paid 381 table pages per list.
     */
    private List<Predicate> shareConditions(RecordType type, Root<RecordShare> share, CriteriaBuilder cb) {
        List<Predicate> where = new ArrayList<>();
        where.add(TenantCriteria.ofCurrentCompany(cb, share));
        where.add(cb.equal(share.get("subjectType"), type.key()));
        List<Long> grantees = new ArrayList<>(resolved.departmentAndAncestors());
        grantees.add(resolved.userId());
        where.add(share.get("granteeType").in(RecordShare.GranteeType.USER, RecordShare.GranteeType.DEPARTMENT));
        where.add(InLists.in(share.get("granteeId"), grantees));
        where.add(cb.or(
                cb.and(cb.equal(share.get("granteeType"), RecordShare.GranteeType.USER),
                        cb.equal(share.get("granteeId"), resolved.userId())),
                cb.and(cb.equal(share.get("granteeType"), RecordShare.GranteeType.DEPARTMENT),
                        InLists.in(share.get("granteeId"), resolved.departmentAndAncestors()))));
        if (!resolved.operation().grantedByReadShare()) {
            where.add(cb.equal(share.get("accessLevel"), RecordShare.AccessLevel.READ_WRITE));
        }
        return where;
    }
}
