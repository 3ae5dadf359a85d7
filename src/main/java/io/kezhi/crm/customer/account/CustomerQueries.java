package io.kezhi.crm.customer.account;

import io.kezhi.crm.customer.pool.PoolDirectory;
import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.ResolvedScope;
import io.kezhi.crm.shared.db.SqlVendor;
import io.kezhi.crm.shared.db.TransactionSettings;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.EntityLister;
import io.kezhi.crm.shared.jpa.ListBranch;
import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading customers: scoped lists with every filter, a pool's customers, one customer. */
@Service
public class CustomerQueries {

    /**
     * API sort field to property. By name is by the name's pinyin ({@code namePinyin}, then the id): 李四,
     * 王五, 张三 (li, wang, zhang) as a Chinese reader expects, where the characters' code order put 张 first;
     * Latin names, lower-cased in it, sort without regard to case ("apple, Banana"), and the two interleave
     * (陈, Cherry: chen, cherry).
     */
    public static final Map<String, String> SORTS = Map.of("name", "namePinyin", "createdAt", "createdAt",
            "updatedAt", "updatedAt", "lastFollowUpAt", "lastFollowUpAt", "nextFollowUpAt", "nextFollowUpAt",
            "points", "points", "valueClass", "valueClass", "status", "status", "lifecycleStage", "lifecycleStage", "enteredPoolAt", "returnedAt");

    /** A customer with what the caller may do to it. */
    public record CustomerDetail(CustomerView customer, Set<Operation> allowed) {
    }

    private final CustomerAccess access;
    private final CustomerSpecifications specifications;
    private final CustomerViews views;
    private final EntityLister lister;
    private final CurrentUser currentUser;
    private final PoolDirectory pools;
    private final boolean postgres;
    private final CustomerFacets facets;
    private final TransactionSettings plans;

    CustomerQueries(CustomerAccess access, CustomerSpecifications specifications, CustomerViews views,
            EntityLister lister, CurrentUser currentUser, PoolDirectory pools, SqlVendor vendor,
            CustomerFacets facets, TransactionSettings plans) {
        this.facets = facets;
        this.plans = plans;
        this.access = access;
        this.specifications = specifications;
        this.views = views;
        this.lister = lister;
        this.currentUser = currentUser;
        this.pools = pools;
        this.postgres = vendor == SqlVendor.POSTGRESQL;
    }

    @Transactional(readOnly = true)
    public PageResult<CustomerView> list(CustomerFilter filter, ListQuery query) {
        specifications.requireVisibleFilters(filter);
        ResolvedScope scope = currentUser.scope(access.type(), Operation.VIEW);
        boolean search = filter.q() != null && !filter.q().isBlank();
        Optional<List<ListBranch<Customer>>> perDepartment = readsTreeInOrder(scope, search, query)
                ? scope.branchesPerDepartment(access.type(), TREE_DEPARTMENTS_READ_IN_ORDER) : Optional.empty();
        List<ListBranch<Customer>> branches = search ? scope.branchesForSearch(access.type())
                : perDepartment.orElseGet(() -> scope.branches(access.type()));
        Instant now = specifications.now();
        Specification<Customer> matching = specifications.matching(filter, currentUser.id(), now, reachesFew(scope),
                true);
        Optional<PageResult<Customer>> probed = postgres && perDepartment.isEmpty() && probes(scope, search, query)
                ? lister.probe(Customer.class, branches, matching, query)
                : Optional.empty();
        PageResult<Customer> page = probed.orElseGet(() -> {
            if (countsFirst(scope, filter, search, query) && branches.size() == 1) {
                Specification<Customer> listed = branches.get(0).where().and(matching);
                // counted through the tag's own rows (customer_tag's index), not the copy on each row
                Specification<Customer> toCount = branches.get(0).where()
                        .and(specifications.matching(filter, currentUser.id(), now, false, false));
                Optional<Specification<Customer>> byFacets = plannedFacets(filter);
                Optional<Specification<Customer>> bound = query.sort().isEmpty() ? Optional.empty()
                        : specifications.impliedBoundOfSort(filter, now, query.sort().get(0).property());
                return lister.listCountingFirst(Customer.class, bound.map(listed::and).orElse(listed),
                        byFacets.map(toCount::and).orElse(toCount), query);
            }
            EntityLister.Access reach = perDepartment.isPresent() ? EntityLister.Access.IN_ORDER
                    : reach(scope, filter, search, query);
            List<ListBranch<Customer>> counted = scope.scope() == DataScope.ALL && !search
                    ? countedThroughFacets(branches, filter) : branches;
            List<ListBranch<Customer>> read = reach == EntityLister.Access.IN_ORDER
                    && sortsFirstBy(query, "lastFollowUpAt")
                    ? ListBranch.split(counted, specifications.lastFollowUpHalves(filter, now)) : counted;
            return lister.list(Customer.class, read, matching, query, reach);
        });
        return page.withItems(views.of(page.items()));
    }

    /**
     * The whole company's filtered list that is not counted first (in order of last follow-up, see
     * {@link #countsFirst}) counts its total through the filter's facets too, planned for the values, as
     * {@link EntityLister#listCountingFirst} does. Through the list's own tests PostgreSQL read the owners'
     * index expecting the matches spread evenly, and a province's persons (customers of the few departments
     * that serve it) came after 819k of its entries: 265 ms to count a thousand, 28 ms through the facets'
     * index (benchmark data).
     */
    private List<ListBranch<Customer>> countedThroughFacets(List<ListBranch<Customer>> branches,
            CustomerFilter filter) {
        return plannedFacets(filter).map(byFacets -> branches.stream().map(b -> b.countedAlsoBy(byFacets)).toList())
                .orElse(branches);
    }

    /**
     * The filter's facets ({@link CustomerFacets}), if it has any, and then this transaction's statements
     * planned for their values: the facets' best plan depends on how common the values are.
     */
    private Optional<Specification<Customer>> plannedFacets(CustomerFilter filter) {
        Optional<Specification<Customer>> byFacets = facets.of(filter);
        byFacets.ifPresent(f -> plans.planForValues());
        return byFacets;
    }

    /** A scope of the user's own customers only (and those shared with them: a bounded branch). */
    private static boolean reachesFew(ResolvedScope scope) {
        return scope.scope() == DataScope.OWN && scope.owners().size() == 1;
    }

    private static boolean sortsFirstBy(ListQuery query, String property) {
        return !query.sort().isEmpty() && query.sort().get(0).property().equals(property);
    }

    /**
     * Sorts that an index of the whole company serves row by row, so that reading the company's first
     * customers in list order costs only those rows: the time stamps rarely tie ({@code ix_customer_updated},
     * {@code _created}); the name's pinyin, points and the follow-up dates often do (张伟 and 章伟 are both
     * zhangwei), and their indexes end in the id, as the list's order does
     * ({@code V2_22}: before it, ordering a group of equal values by id read all of it, and a probe in order
     * of last follow-up took 100-500 ms instead of 3-7 ms, run W).
     */
    private static final Set<String> COMPANY_INDEXED_SORTS = Set.of("updatedAt", "createdAt", "namePinyin", "points",
            "lastFollowUpAt", "nextFollowUpAt");

    /**
     * A department tree's list (not a search: it has indexes of its own) first reads the company's
     * first customers in list order ({@link EntityLister#probe}), when an index serves the sort. On
     * PostgreSQL only (see the caller), where it was measured and where the indexes of points and
     * follow-up dates end in the id.
     */
    private static boolean probes(ResolvedScope scope, boolean search, ListQuery query) {
        return scope.scope() == DataScope.DEPARTMENT_TREE && !search && !query.sort().isEmpty()
                && COMPANY_INDEXED_SORTS.contains(query.sort().get(0).property());
    }

    /**
     * The whole company's filtered list (not a search: its text indexes find the matches) counts them
     * before it reads them ({@link EntityLister#listCountingFirst}), unless it is sorted by last
     * follow-up, whose filters are read in parts (see {@code lastFollowUpHalves}).
     */
    private static boolean countsFirst(ResolvedScope scope, CustomerFilter filter, boolean search, ListQuery query) {
        return scope.scope() == DataScope.ALL && !filter.isEmpty() && !search && !sortsFirstBy(query, "lastFollowUpAt");
    }

    /**
     * A filtered or searched list of a scope narrower than the whole company finds the matches first:
     * PostgreSQL cannot know how few of a department's customers have a value class or a name, and
     * walking the whole list in order then tests most of a million rows (measured on the benchmark
     * data: a manager's search 560 ms instead of 30 ms, a filtered list 1.2 s instead of 60 ms). An
     * unfiltered list, the whole company's, and a department's in order of last change
     * ({@link #readsDepartmentInOrder}) are read in order.
     */
    private EntityLister.Access reach(ResolvedScope scope, CustomerFilter filter, boolean search, ListQuery query) {
        return scope.scope() != DataScope.ALL && !filter.isEmpty() && !readsDepartmentInOrder(scope, search, query)
                ? EntityLister.Access.MATCHES_FIRST : EntityLister.Access.IN_ORDER;
    }

    /**
     * A department's filtered list in order of last change (the default) is read in that order: on
     * PostgreSQL the department's own index is in that order ({@code ix_customer_owner_dept}: tenant,
     * department, last change) and carries the filtered columns, so the page is its first matching
     * entries (0.3-1 ms) and the total is counted apart up to its cap; finding every match first read all
     * of a department's 26k entries to sort them (four managers over the lists so sorted: p50 33-37 ms
     * against 23-30 ms so, benchmark data). Not for a search, whose scope is one OR of owners and
     * department that no index reads in order, nor for a tree, whose departments are several.
     */
    private boolean readsDepartmentInOrder(ResolvedScope scope, boolean search, ListQuery query) {
        return postgres && scope.scope() == DataScope.DEPARTMENT && !search && sortsFirstBy(query, "updatedAt");
    }

    /**
     * A department tree's list in order of last change (the default) reads each of its departments' records
     * in that order through the department's own index, as a department's list does
     * ({@link #readsDepartmentInOrder}), and merges their first rows: on PostgreSQL, for a tree of at most
     * {@value #TREE_DEPARTMENTS_READ_IN_ORDER} departments. The company's newest rows, which the tree's list
     * otherwise probes ({@link #probes}), hold a branch's filtered matches sparsely: a branch director's
     * persons from campaigns, one customer in 410 of the company's, took two probes of 2,100 and 6,125 rows
     * read with their table rows (6 + 19 ms), where its four departments' index entries in order hold them
     * in 1-3 ms (benchmark data, 2026-12-07).
     */
    private boolean readsTreeInOrder(ResolvedScope scope, boolean search, ListQuery query) {
        return postgres && scope.scope() == DataScope.DEPARTMENT_TREE && !search && sortsFirstBy(query, "updatedAt");
    }

    /** The most departments of a tree whose list is read department by department ({@link #readsTreeInOrder}). */
    static final int TREE_DEPARTMENTS_READ_IN_ORDER = 16;

    /** The customers waiting in a pool, for its members (and those whose scope reaches them). */
    @Transactional(readOnly = true)
    public PageResult<CustomerView> inPool(long poolId, CustomerFilter filter, ListQuery query) {
        currentUser.require(access.type().permissionModule(), Operation.VIEW);
        specifications.requireVisibleFilters(filter);
        PoolDirectory.PlacedPool pool = pools.find(poolId).orElseThrow(() -> ApiException.notFound("entity.customerPool"));
        if (!pools.isMember(pool, currentUser.profile())) {
            throw ApiException.notFound("entity.customerPool");
        }
        Specification<Customer> inThisPool = (root, q, cb) -> cb.and(cb.equal(root.get("poolId"), poolId),
                cb.isNull(root.get("ownerId")));
        PageResult<Customer> page = lister.list(Customer.class,
                inThisPool.and(specifications.matching(filter, currentUser.id())), query);
        return page.withItems(views.of(page.items()));
    }

    @Transactional(readOnly = true)
    public CustomerDetail get(long id) {
        Customer customer = access.viewable(id);
        return new CustomerDetail(views.of(customer), access.allowedOn(id));
    }
}
