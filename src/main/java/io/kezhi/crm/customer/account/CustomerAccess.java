package io.kezhi.crm.customer.account;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.customer.pool.PoolDirectory;
import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.RecordType;
import io.kezhi.crm.identity.RecordTypes;
import io.kezhi.crm.identity.ResolvedScope;
import io.kezhi.crm.identity.ScopedRecords;
import io.kezhi.crm.shared.error.ApiException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may do what to one customer. Everything goes through the data-scope predicate; in addition, a
 * customer waiting in a pool may be viewed by the pool's members (so they can decide to claim it).
 */
@Component
public class CustomerAccess {

    private static final Set<Operation> RECORD_OPERATIONS = EnumSet.of(Operation.EDIT, Operation.DELETE,
            Operation.ASSIGN, Operation.SHARE);

    private final ScopedRecords scopedRecords;
    private final RecordTypes recordTypes;
    private final CurrentUser currentUser;
    private final CustomerRepository customers;
    private final PoolDirectory pools;

    CustomerAccess(ScopedRecords scopedRecords, RecordTypes recordTypes, CurrentUser currentUser,
            CustomerRepository customers, PoolDirectory pools) {
        this.scopedRecords = scopedRecords;
        this.recordTypes = recordTypes;
        this.currentUser = currentUser;
        this.customers = customers;
        this.pools = pools;
    }

    public RecordType type() {
        return recordTypes.find(CustomerRecordTypes.CUSTOMER).orElseThrow();
    }

    /** The customer if the caller may view it (scope, or membership of the pool it waits in); else 404. */
    public Customer viewable(long id) {
        currentUser.require(CustomerRecordTypes.CUSTOMER, Operation.VIEW);
        Optional<Customer> inScope = scopedRecords.find(type(), Customer.class, id, Operation.VIEW);
        if (inScope.isPresent()) {
            return inScope.get();
        }
        return customers.findById(id).filter(this::visibleAsPoolMember)
                .orElseThrow(() -> ApiException.notFound("entity.customer"));
    }

    /** The customer if the caller may perform the operation on it; else 404 (403 if never granted). */
    public Customer require(long id, Operation operation) {
        return scopedRecords.require(type(), Customer.class, id, operation);
    }

    /** Of these ids, the customers the caller may perform the operation on. */
    public List<Long> permitted(List<Long> ids, Operation operation) {
        return scopedRecords.permittedIds(type(), ids, operation);
    }

    /** What the caller may do to this customer, for the client's buttons. */
    public Set<Operation> allowedOn(long id) {
        return scopedRecords.permittedOperations(type(), id, RECORD_OPERATIONS);
    }

    /**
     * SQL for "the caller may view customer {@code alias}": the view scope, or the customer waits in
     * a pool the caller belongs to. Fills {@code parameters}.
     */
    public String viewableSql(String alias, Map<String, Object> parameters) {
        currentUser.require(CustomerRecordTypes.CUSTOMER, Operation.VIEW);
        ResolvedScope scope = currentUser.scope(type(), Operation.VIEW);
        parameters.putAll(scope.sqlParameters(type()));
        List<Long> memberPools = pools.poolsOf(currentUser.profile()).stream().map(PoolDirectory.PlacedPool::id)
                .toList();
        String inScope = scope.sql(type(), alias);
        if (memberPools.isEmpty()) {
            return inScope;
        }
        parameters.put("viewablePools", memberPools);
        return "(" + inScope + " OR (" + alias + ".owner_id IS NULL AND " + alias + ".pool_id IN (:viewablePools)))";
    }

    private boolean visibleAsPoolMember(Customer customer) {
        if (customer.getOwnerId() != null || customer.getPoolId() == null) {
            return false;
        }
        return pools.find(customer.getPoolId()).map(p -> pools.isMember(p, currentUser.profile())).orElse(false);
    }
}
