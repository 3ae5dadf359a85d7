package io.kezhi.crm.identity;

import io.kezhi.crm.identity.share.RecordShare;
import io.kezhi.crm.shared.jpa.InLists;
import io.kezhi.crm.shared.jpa.ListBranch;
import io.kezhi.crm.shared.jpa.TenantCriteria;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.data.jpa.domain.Specification;

/**
 * The data-scope predicate for one user, operation and module, resolved once per request and
 * rendered into SQL ({@link #sql}) or a JPA {@link Specification} from the same facts:
 * <ul>
 * <li>the widest scope of the user's roles for the operation (own, department, department tree, all);
 * <li>the superior rule: the user's own records plus those of subordinates (direct ones for every
 * operation but delete, all levels below for viewing);
 * <li>explicit shares with the user or one of the departments above them (read or read-write).
 * </ul>
 * A record matches if any of these reach it. Nothing is filtered after loading.
 */
public final class ResolvedScope {

    private static final String DEFAULT_PREFIX = "kzScope";

    private final Operation operation;
    private final DataScope scope;
    private final long userId;
    private final long departmentId;
    private final String departmentPath;
    private final List<Long> departmentAndAncestors;
    private final Set<Long> owners;
    private final Supplier<List<Long>> departmentTree;
    private final Function<String, RecordType> types;
    private final ShareLookup shares;
    private final PlacementLookup placements;
    /** Whether shares are bound as a list of ids when few enough (lists), or always probed per row (checks). */
    private final boolean listShares;
    /** Whether lists find shared records through their rows' copy of the grantees ({@link ShareGrantees}). */
    private final boolean sharesCopied;

    /** The ids of a type's records shared with the user (read-write ones only if asked), if few enough to list. */
    interface ShareLookup {
        Optional<List<Long>> sharedIds(String typeKey, boolean readWriteOnly);
    }

    /** The owners among those given with records of a type placed in none of the departments given. */
    interface PlacementLookup {
        Set<Long> ownersPlacedOutside(RecordType type, Set<Long> owners, List<Long> departments);
    }

    ResolvedScope(Operation operation, DataScope scope, long userId, long departmentId, String departmentPath,
            List<Long> departmentAndAncestors, Set<Long> owners, Supplier<List<Long>> departmentTree,
            Function<String, RecordType> types, ShareLookup shares, PlacementLookup placements, boolean sharesCopied) {
        this(operation, scope, userId, departmentId, departmentPath, departmentAndAncestors, owners, departmentTree,
                types, shares, placements, true, sharesCopied);
    }

    private ResolvedScope(Operation operation, DataScope scope, long userId, long departmentId, String departmentPath,
            List<Long> departmentAndAncestors, Set<Long> owners, Supplier<List<Long>> departmentTree,
            Function<String, RecordType> types, ShareLookup shares, PlacementLookup placements, boolean listShares,
            boolean sharesCopied) {
        this.operation = operation;
        this.scope = scope;
        this.userId = userId;
        this.departmentId = departmentId;
        this.departmentPath = departmentPath;
        this.departmentAndAncestors = List.copyOf(departmentAndAncestors);
        this.owners = Set.copyOf(owners);
        this.departmentTree = departmentTree;
        this.types = types;
        this.shares = shares;
        this.placements = placements;
        this.listShares = listShares;
        this.sharesCopied = sharesCopied;
    }

    /**
     * The same scope for testing a few records by id (one record's page, a batch action): a share is
     * probed with {@code EXISTS} on the share table's unique key, one index lookup per record tested,
     * instead of first loading the user's shared ids and binding them (hundreds of parameters, which
     * Hibernate binds one by one: the largest part of the application's CPU on the 360 page, measured
     * on the benchmark data).
     */
    public ResolvedScope forFewRecords() {
        return listShares ? new ResolvedScope(operation, scope, userId, departmentId, departmentPath,
                departmentAndAncestors, owners, departmentTree, types, shares, placements, false, sharesCopied) : this;
    }

    public Operation operation() {
        return operation;
    }

    public DataScope scope() {
        return scope;
    }

    public boolean unrestricted() {
        return scope == DataScope.ALL;
    }

    /** The user ids whose records this scope reaches through ownership (self and subordinates). */
    public Set<Long> owners() {
        return owners;
    }

    /**
     * SQL for {@code WHERE}: e.g. {@code (c.owner_id IN (:kzScopeOwners) OR c.owner_dept_path LIKE
     * :kzScopePath OR EXISTS (...shares...))}. Bind {@link #sqlParameters(RecordType)} with it; the statement
     * must also carry the tenant filter ({@code TenantJdbc} does).
     */
    public String sql(RecordType type, String alias) {
        return sql(type, alias, DEFAULT_PREFIX);
    }

    /**
     * As {@link #sql(RecordType, String)} with parameter names starting with {@code prefix}, so that
     * several scopes can be combined in one statement.
     */
    public String sql(RecordType type, String alias, String prefix) {
        if (type.isCompanyWide()) {
            return "1=1";
        }
        String a = alias + ".";
        // a record inside another (a contact in a customer) is reachable only while its parent is, even
        // with an unrestricted scope: a deleted customer takes its contacts and follow-ups with it
        if (type.parent() != null) {
            RecordType parent = types.apply(type.parent().typeKey());
            String p = alias + "p";
            return "EXISTS (SELECT 1 FROM " + parent.table() + " " + p + " WHERE " + p + ".tenant_id = " + a
                    + "tenant_id AND " + p + ".id = " + a + type.parent().column()
                    + (parent.softDelete() ? " AND " + p + ".deleted_at IS NULL" : "") + " AND "
                    + sql(parent, p, prefix) + ")";
        }
        if (unrestricted()) {
            return "1=1";
        }
        List<String> any = new ArrayList<>();
        if (type.hasOwner()) {
            any.add(a + type.ownerId().column() + " IN (:" + prefix + "Owners)");
        }
        if (reachesOwnDepartment(type) && type.ownerDeptId() != null) {
            any.add(a + type.ownerDeptId().column() + " = :" + prefix + "Dept");
        }
        if (scope == DataScope.DEPARTMENT_TREE && type.ownerDeptPath() != null) {
            any.add(a + type.ownerDeptPath().column() + " LIKE :" + prefix + "Path");
        }
        Optional<List<Long>> listed = listedShares(type);
        if (listed.isPresent()) {
            if (!listed.get().isEmpty()) {
                any.add(a + "id IN (:" + prefix + "Shared)");
            }
        } else if (sharesApply(type)) {
            any.add("EXISTS (SELECT 1 FROM record_share kzs WHERE kzs.tenant_id = " + a + "tenant_id"
                    + " AND kzs.subject_type = :" + prefix + "Type AND kzs.subject_id = " + a + "id"
                    + " AND ((kzs.grantee_type = 'USER' AND kzs.grantee_id = :" + prefix + "User)"
                    + " OR (kzs.grantee_type = 'DEPARTMENT' AND kzs.grantee_id IN (:" + prefix + "Depts)))"
                    + (operation.grantedByReadShare() ? "" : " AND kzs.access_level = 'READ_WRITE'") + ")");
        }
        return any.isEmpty() ? "1=0" : "(" + String.join(" OR ", any) + ")";
    }

    /** Parameters used by {@link #sql}; a superset is harmless. */
    public Map<String, Object> sqlParameters(RecordType type) {
        return sqlParameters(type, DEFAULT_PREFIX);
    }

    public Map<String, Object> sqlParameters(RecordType type, String prefix) {
        Map<String, Object> params = new HashMap<>();
        params.put(prefix + "Owners", List.copyOf(owners));
        params.put(prefix + "Dept", departmentId);
        params.put(prefix + "Path", departmentPath + "%");
        params.put(prefix + "Type", topOf(type).key());
        params.put(prefix + "User", userId);
        params.put(prefix + "Depts", departmentAndAncestors);
        listedShares(topOf(type)).filter(ids -> !ids.isEmpty()).ifPresent(ids -> params.put(prefix + "Shared", ids));
        return params;
    }

    /** The same predicate for a JPA query over {@code type.entityClass()}. */
    public <T> Specification<T> specification(RecordType type) {
        return (root, query, cb) -> predicate(type, root, query, cb, Part.WHOLE);
    }

    /** Which part of the predicate to render: all of it, or one of the branches of a list. */
    private enum Part {
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
         * {@link #branches(RecordType)}); as {@link #SHARED} elsewhere.
         */
        SHARED_ROWS
    }

    /**
     * The predicate as branches whose union it is, for lists that read each branch through its own
     * index and merge them ({@code EntityLister.list} with branches): the records of the user and
     * their subordinates (by owner), those placed in the user's department or its tree (by department
     * id: the tree as the ids of its departments, not a path prefix, so that the owner and department
     * indexes serve both branches, on PostgreSQL as index-only scans: see {@code V2_14}) and, where
     * shares apply, the records shared with the user, as {@code id IN (SELECT subject_id FROM
     * record_share ...)} found through the share table's grantee index (a bounded branch: never walked
     * in list order). Under one OR the database can only combine the branches in a bitmap, which visits
     * every matching row in the table: for a branch director with an attribute filter, 100k rows and
     * more than a second. For a record inside another (a contact) every branch goes through its parent;
     * where the child carries copies of its parent's owner and department ({@link RecordType.Parent}),
     * the owner and department branches are also read through the copies, in the list's order; the
     * shared branch finds the children by their parent's id (when the parent's type has a recycled
     * entity: see {@code sharedChildren}). No shared ids are loaded and bound: Hibernate translates
     * every criteria query afresh (its plan cache never applies to entities with a tenant id), and
     * hundreds of id parameters made that
     * translation a third of the application's CPU under the benchmark's mixed load. A single branch
     * when there is nothing to split.
     */
    public <T> List<ListBranch<T>> branches(RecordType type) {
        return branches(type, true);
    }

    /**
     * As {@link #branches(RecordType)}, but with the owners and the department in one branch, for a list
     * that searches text: the search's own index (name grams, pinyin, phone) finds few rows, and the
     * scope should test them. A branch of its own for the department lets the database walk the
     * department's customers instead and test the search on each (measured: a team manager's pinyin
     * search 100 ms instead of 10 ms).
     */
    public <T> List<ListBranch<T>> branchesForSearch(RecordType type) {
        return branches(type, false);
    }

    private <T> List<ListBranch<T>> branches(RecordType type, boolean departmentApart) {
        RecordType top = topOf(type);
        if (unrestricted() || type.isCompanyWide()) {
            return List.of(ListBranch.of(specification(type)));
        }
        List<ListBranch<T>> branches = new ArrayList<>();
        boolean ownersNarrowed = false;
        if (!departmentApart) {
            branches.add(ListBranch.of(
                    (root, query, cb) -> predicate(type, root, query, cb, Part.OWNERSHIP)));
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
            if (reachesDepartments(top)) {
                branches.add(owned(type, Part.DEPARTMENTS));
            }
        }
        if (sharesApply(top)) {
            ListBranch<T> shared = ListBranch.bounded(
                    (root, query, cb) -> predicate(type, root, query, cb, Part.SHARED_ROWS),
                    (root, query, cb) -> predicate(type, root, query, cb, Part.SHARED));
            branches.add(walksSharedChildren(type) ? shared.walking((root, query, cb) ->
                    cb.isNotNull(root.get(type.parent().shareCopy().attribute())), () -> manyShared(type)) : shared);
        }
        if (branches.size() < 2 && !ownersNarrowed) {
            return List.of(ListBranch.of(specification(type)));
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
        ListBranch<T> branch = ListBranch.of((root, query, cb) -> predicate(type, root, query, cb, part));
        return part == Part.OWNERS && type.parent() != null && type.parent().copiesOwner()
                ? branch.counting((root, query, cb) -> countedThroughCopy(type, root, query, cb, part)) : branch;
    }

    /**
     * The rows of an owner or department branch read through the child's copy of its parent's owner
     * (see {@link #predicate}), written for counting: the parents in scope as one uncorrelated subquery
     * with a condition the database can estimate, which it collects once into a hashed set (a sales rep's
     * ~650 customers from the owner index), instead of testing each child's parent by its primary key as
     * the list's form does (right for a page read in order, slow for the thousand rows a total counts: a
     * rep's contacts 3.9 -> 1.1 ms, follow-ups 6.3 -> 1.1 ms, benchmark data).
     */
    private Predicate countedThroughCopy(RecordType type, From<?, ?> root, CommonAbstractCriteria query,
            CriteriaBuilder cb, Part part) {
        RecordType parent = types.apply(type.parent().typeKey());
        Subquery<Long> sub = query.subquery(Long.class);
        Root<?> p = sub.from(parent.entityClass());
        List<Predicate> where = new ArrayList<>();
        where.add(TenantCriteria.ofCurrentCompany(cb, p));
        if (parent.softDelete()) {
            where.add(cb.isNull(p.get("deletedAt")));
        }
        where.add(predicate(parent, p, query, cb, part));
        sub.select(p.get("id")).where(where.toArray(Predicate[]::new));
        return throughOwnerCopy(type, parent, root, cb, part, root.get(type.parent().attribute()).in(sub));
    }

    /**
     * A child's rows of an owner or department branch: found by its copies of its parent's owner and
     * department, kept where {@code parentInScope} (the parent's own columns) agrees.
     */
    private Predicate throughOwnerCopy(RecordType type, RecordType parent, From<?, ?> root, CriteriaBuilder cb,
            Part part, Predicate parentInScope) {
        RecordType.Parent link = type.parent();
        List<Predicate> byCopy = ownership(parent, link.ownerCopy(), link.ownerDeptCopy(), null, root, cb, part);
        return byCopy.isEmpty() ? cb.disjunction() : cb.and(cb.or(byCopy.toArray(Predicate[]::new)), parentInScope);
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
        return type.parent() != null && type.parent().shareCopy() != null && sharesCopied && listShares
                && operation.grantedByReadShare() && !unrestricted() && !reachesDepartments(topOf(type));
    }

    /**
     * Whether the user has at least {@value #WALKED_SHARES} records of the type's top parent shared with
     * them. With fewer, finding each one's children is cheap (a dozen microseconds a parent), and a walk among
     * the children of every shared parent would mostly read others' (a user reaching 0.1 % of them reads a
     * thousand rows for one match).
     */
    private boolean manyShared(RecordType type) {
        return listedShares(topOf(type)).map(ids -> ids.size() >= WALKED_SHARES).orElse(true);
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
        RecordType top = topOf(type);
        if (!top.hasOwner() || top.ownerDeptId() == null || !reachesDepartments(top)) {
            return Optional.empty();
        }
        List<Long> departments = scope == DataScope.DEPARTMENT_TREE ? departmentTree.get() : List.of(departmentId);
        return Optional.of(placements.ownersPlacedOutside(top, owners, departments));
    }

    private Predicate predicate(RecordType type, From<?, ?> root, CommonAbstractCriteria query, CriteriaBuilder cb,
            Part part) {
        if (type.isCompanyWide()) {
            return cb.conjunction();
        }
        if (type.parent() != null) {
            RecordType parent = types.apply(type.parent().typeKey());
            if ((part == Part.SHARED || part == Part.SHARED_ROWS) && parent.parent() == null
                    && parent.recycledEntity() != null && !unrestricted()) {
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
        if (unrestricted()) {
            return cb.conjunction();
        }
        if (part == Part.SHARED_ROWS && sharesApply(type) && sharesCopied && type.shareCopy() != null
                && operation.grantedByReadShare()) {
            return sharedByCopy(type, root, cb);
        }
        if (part == Part.SHARED || part == Part.SHARED_ROWS) {
            return sharesApply(type) ? root.get("id").in(sharedIds(type, query, cb)) : cb.disjunction();
        }
        List<Predicate> any = ownership(type, type.ownerId(), type.ownerDeptId(), type.ownerDeptPath(), root, cb,
                part);
        if (part == Part.WHOLE) {
            Optional<List<Long>> listed = listedShares(type);
            if (listed.isPresent()) {
                if (!listed.get().isEmpty()) {
                    any.add(InLists.in(root.get("id"), listed.get()));
                }
            } else if (sharesApply(type)) {
                any.add(cb.exists(shareSubquery(type, root, query, cb)));
            }
        }
        return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
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
        if (!sharesApply(parent)) {
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
        InLists.padded(GranteeTokens.reaching(userId, departmentAndAncestors)).forEach(t -> arguments.add(cb.literal(t)));
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
            any.add(InLists.in(root.get(owner.attribute()), owners));
        }
        if (part != Part.OWNERS) {
            if (reachesOwnDepartment(type) && dept != null) {
                any.add(cb.equal(root.get(dept.attribute()), departmentId));
            }
            if (scope == DataScope.DEPARTMENT_TREE && part == Part.DEPARTMENTS && dept != null) {
                any.add(InLists.in(root.get(dept.attribute()), departmentTree.get()));
            } else if (scope == DataScope.DEPARTMENT_TREE && path != null) {
                any.add(cb.like(root.get(path.attribute()), departmentPath + "%"));
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
        List<Long> grantees = new ArrayList<>(departmentAndAncestors);
        grantees.add(userId);
        where.add(share.get("granteeType").in(RecordShare.GranteeType.USER, RecordShare.GranteeType.DEPARTMENT));
        where.add(InLists.in(share.get("granteeId"), grantees));
        where.add(cb.or(
                cb.and(cb.equal(share.get("granteeType"), RecordShare.GranteeType.USER),
                        cb.equal(share.get("granteeId"), userId)),
                cb.and(cb.equal(share.get("granteeType"), RecordShare.GranteeType.DEPARTMENT),
                        InLists.in(share.get("granteeId"), departmentAndAncestors))));
        if (!operation.grantedByReadShare()) {
            where.add(cb.equal(share.get("accessLevel"), RecordShare.AccessLevel.READ_WRITE));
        }
        return where;
    }

    /** Shares and owners belong to the top of a parent chain (a contact is shared with its customer). */
    private RecordType topOf(RecordType type) {
        RecordType current = type;
        while (current.parent() != null) {
            current = types.apply(current.parent().typeKey());
        }
        return current;
    }

    /** Whether the scope reaches records by the department they are placed in. */
    private boolean reachesDepartments(RecordType type) {
        return (reachesOwnDepartment(type) && type.ownerDeptId() != null)
                || (scope == DataScope.DEPARTMENT_TREE && (type.ownerDeptId() != null || type.ownerDeptPath() != null));
    }

    private boolean reachesOwnDepartment(RecordType type) {
        return scope == DataScope.DEPARTMENT || (scope == DataScope.OWN && !type.hasOwner());
    }

    /**
     * The shared records of a type as a list of ids (possibly empty), when shares apply and the user
     * has few enough of them; empty when shares apply but must be found with {@code EXISTS}.
     */
    private Optional<List<Long>> listedShares(RecordType type) {
        if (unrestricted() || type.isCompanyWide() || !sharesApply(type)) {
            return Optional.of(List.of());
        }
        if (!listShares) {
            return Optional.empty();
        }
        return shares.sharedIds(type.key(), !operation.grantedByReadShare());
    }

    private boolean sharesApply(RecordType type) {
        return type.shareable() && operation.grantedByWriteShare();
    }

    @Override
    public String toString() {
        return "ResolvedScope[" + operation + " " + scope + " user=" + userId + " owners=" + owners + "]";
    }
}
