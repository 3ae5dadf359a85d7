package io.kezhi.crm.customer.account;

import io.kezhi.crm.customer.pool.PoolDirectory;
import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.EntityLister;
import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import java.util.Map;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading customers: scoped lists with every filter, a pool's customers, one customer. */
@Service
public class CustomerQueries {

    public static final Map<String, String> SORTS = Map.of("name", "name", "createdAt", "createdAt",
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

    CustomerQueries(CustomerAccess access, CustomerSpecifications specifications, CustomerViews views,
            EntityLister lister, CurrentUser currentUser, PoolDirectory pools) {
        this.access = access;
        this.specifications = specifications;
        this.views = views;
        this.lister = lister;
        this.currentUser = currentUser;
        this.pools = pools;
    }

    @Transactional(readOnly = true)
    public PageResult<CustomerView> list(CustomerFilter filter, ListQuery query) {
        specifications.requireVisibleFilters(filter);
        Specification<Customer> spec = currentUser.scope(access.type(), Operation.VIEW).<Customer>specification(
                access.type()).and(specifications.matching(filter, currentUser.id()));
        PageResult<Customer> page = lister.list(Customer.class, spec, query);
        return new PageResult<>(views.of(page.items()), page.page(), page.size(), page.hasMore(), page.total());
    }

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
        return new PageResult<>(views.of(page.items()), page.page(), page.size(), page.hasMore(), page.total());
    }

    @Transactional(readOnly = true)
    public CustomerDetail get(long id) {
        Customer customer = access.viewable(id);
        return new CustomerDetail(views.of(customer), access.allowedOn(id));
    }
}
