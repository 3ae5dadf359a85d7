package io.kezhi.crm.identity;

import io.kezhi.crm.identity.ScopeCriteria.Part;
import io.kezhi.crm.shared.jpa.ListBranch;
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
 * A record matches if any of these reach it. Nothing is filtered after loading. The JPA predicate is
 * written by {@link ScopeCriteria}, the branches of a list ({@link #branches}) by {@link ScopeBranches}.
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
    private final ScopeCriteria criteria;

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
        this.criteria = new ScopeCriteria(this);
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

    long userId() {
        return userId;
    }

    long departmentId() {
        return departmentId;
    }

    String departmentPath() {
        return departmentPath;
    }

    List<Long> departmentAndAncestors() {
        return departmentAndAncestors;
    }

    /** The ids of the user's department and every department below it ({@link AccessProfile#departmentTree}). */
    List<Long> departmentTree() {
        return departmentTree.get();
    }

    PlacementLookup placements() {
        return placements;
    }

    boolean listShares() {
        return listShares;
    }

    boolean sharesCopied() {
        return sharesCopied;
    }

    /** The type of the record that a record of {@code type} is inside (a contact's customer). */
    RecordType parentOf(RecordType type) {
        return types.apply(type.parent().typeKey());
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
            RecordType parent = parentOf(type);
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
        return (root, query, cb) -> criteria.predicate(type, root, query, cb, Part.WHOLE);
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
     * entity: see {@code ScopeCriteria.sharedChildren}). No shared ids are loaded and bound: Hibernate translates
     * every criteria query afresh (its plan cache never applies to entities with a tenant id), and
     * hundreds of id parameters made that
     * translation a third of the application's CPU under the benchmark's mixed load. A single branch
     * when there is nothing to split.
     */
    public <T> List<ListBranch<T>> branches(RecordType type) {
        return new ScopeBranches(this, criteria).branches(type, true);
    }

    /**
     * As {@link #branches(RecordType)}, a department tree's records placed in its departments as one
     * branch per department, for a list that reads each department's records in an order its own index
     * serves (on PostgreSQL, last change: see {@code CustomerQueries#readsTreeInOrder}); empty for
     * another scope, for a type without a department of its own, or for a tree of more than {@code most}
     * departments.
     */
    public <T> Optional<List<ListBranch<T>>> branchesPerDepartment(RecordType type, int most) {
        if (scope != DataScope.DEPARTMENT_TREE || type.parent() != null || type.ownerDeptId() == null
                || departmentTree().size() > most) {
            return Optional.empty();
        }
        return Optional.of(new ScopeBranches(this, criteria).branchesPerDepartment(type));
    }

    /**
     * As {@link #branches(RecordType)}, but with the owners and the department in one branch, for a list
     * that searches text: the search's own index (name grams, pinyin, phone) finds few rows, and the
     * scope should test them. A branch of its own for the department lets the database walk the
     * department's customers instead and test the search on each (measured: a team manager's pinyin
     * search 100 ms instead of 10 ms).
     */
    public <T> List<ListBranch<T>> branchesForSearch(RecordType type) {
        return new ScopeBranches(this, criteria).branches(type, false);
    }

    /** Shares and owners belong to the top of a parent chain (a contact is shared with its customer). */
    RecordType topOf(RecordType type) {
        RecordType current = type;
        while (current.parent() != null) {
            current = parentOf(current);
        }
        return current;
    }

    /** Whether the scope reaches records by the department they are placed in. */
    boolean reachesDepartments(RecordType type) {
        return (reachesOwnDepartment(type) && type.ownerDeptId() != null)
                || (scope == DataScope.DEPARTMENT_TREE && (type.ownerDeptId() != null || type.ownerDeptPath() != null));
    }

    boolean reachesOwnDepartment(RecordType type) {
        return scope == DataScope.DEPARTMENT || (scope == DataScope.OWN && !type.hasOwner());
    }

    /**
     * The shared records of a type as a list of ids (possibly empty), when shares apply and the user
     * has few enough of them; empty when shares apply but must be found with {@code EXISTS}.
     */
    Optional<List<Long>> listedShares(RecordType type) {
        if (unrestricted() || type.isCompanyWide() || !sharesApply(type)) {
            return Optional.of(List.of());
        }
        if (!listShares) {
            return Optional.empty();
        }
        return shares.sharedIds(type.key(), !operation.grantedByReadShare());
    }

    boolean sharesApply(RecordType type) {
        return type.shareable() && operation.grantedByWriteShare();
    }

    @Override
    public String toString() {
        return "ResolvedScope[" + operation + " " + scope + " user=" + userId + " owners=" + owners + "]";
    }
}
