package io.kezhi.crm.customer.transfer;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.customer.CustomersTransferred;
import io.kezhi.crm.customer.OwnerCopies;
import io.kezhi.crm.customer.account.Customer;
import io.kezhi.crm.customer.account.CustomerAccess;
import io.kezhi.crm.customer.account.CustomerEventType;
import io.kezhi.crm.customer.account.CustomerEvents;
import io.kezhi.crm.customer.account.CustomerRepository;
import io.kezhi.crm.customer.account.CustomerRequests;
import io.kezhi.crm.customer.account.CustomerService;
import io.kezhi.crm.customer.pool.PoolService;
import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.ResolvedScope;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers (转移) customers between users and hands over everything a leaving user owns. Only
 * customers the caller may assign move; those the target already owns stay as they are (reported as
 * unchanged, no event); other modules move the customers' open work on {@link CustomersTransferred}.
 */
@Service
public class TransferService {

    private static final int BATCH = 500;

    private final CustomerRepository customers;
    private final CustomerAccess access;
    private final CustomerService customerService;
    private final CustomerEvents events;
    private final PoolService pools;
    private final CurrentUser currentUser;
    private final TenantJdbc jdbc;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final OwnerCopies ownerCopies;

    TransferService(CustomerRepository customers, CustomerAccess access, CustomerService customerService,
            CustomerEvents events, PoolService pools, CurrentUser currentUser, TenantJdbc jdbc,
            EntityManager entityManager, ApplicationEventPublisher publisher, Clock clock,
            OwnerCopies ownerCopies) {
        this.customers = customers;
        this.access = access;
        this.customerService = customerService;
        this.events = events;
        this.pools = pools;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.publisher = publisher;
        this.clock = clock;
        this.ownerCopies = ownerCopies;
    }

    @Transactional
    public CustomerRequests.BatchOutcome transfer(TransferRequests.TransferCustomers request) {
        CustomerService.OwnerPlacement target = target(request.toUserId());
        List<Long> permitted = access.permitted(request.ids(), Operation.ASSIGN);
        List<Long> moved = moveTo(customers.findAllById(permitted), request.toUserId(), target,
                CustomerEventType.TRANSFERRED, trim(request.reason()));
        customers.flush();
        if (!moved.isEmpty()) {
            publisher.publishEvent(new CustomersTransferred(moved, request.toUserId(),
                    Boolean.TRUE.equals(request.withOpenOpportunities()), Boolean.TRUE.equals(request.withContracts()),
                    Boolean.TRUE.equals(request.withTasks())));
        }
        return CustomerRequests.BatchOutcome.of(request.ids(), permitted, moved);
    }

    @Transactional(readOnly = true)
    public TransferRequests.HandOverSummary summary(long fromUserId) {
        currentUser.require(CustomerRecordTypes.CUSTOMER, Operation.ASSIGN);
        requireUser(fromUserId, "fromUserId");
        long owned = jdbc.sql("SELECT COUNT(*) FROM customer WHERE tenant_id = :tenantId AND owner_id = :u"
                + " AND deleted_at IS NULL", Map.of("u", fromUserId)).query(Long.class).single();
        Map<String, Object> parameters = new HashMap<>(scopeParameters());
        parameters.put("u", fromUserId);
        long permitted = jdbc.sql("SELECT COUNT(*) FROM customer c WHERE c.tenant_id = :tenantId AND c.owner_id = :u"
                + " AND c.deleted_at IS NULL AND " + scopeSql(), parameters).query(Long.class).single();
        return new TransferRequests.HandOverSummary(fromUserId, owned, permitted);
    }

    /** All of a user's customers the caller may assign go to another user or back to their pools. */
    @Transactional
    public TransferRequests.HandOverOutcome handOver(TransferRequests.HandOver request) {
        boolean toPool = Boolean.TRUE.equals(request.toPool());
        if (toPool == (request.toUserId() != null)) {
            throw ApiException.invalidField("toUserId", "customer.validation.handOverTarget");
        }
        if (request.toUserId() != null && request.toUserId().equals(request.fromUserId())) {
            throw ApiException.invalidField("toUserId", "customer.validation.handOverToSelf");
        }
        TransferRequests.HandOverSummary summary = summary(request.fromUserId());
        CustomerService.OwnerPlacement target = toPool ? null : target(request.toUserId());
        String reason = trim(request.reason());
        Map<String, Object> parameters = new HashMap<>(scopeParameters());
        parameters.put("u", request.fromUserId());
        parameters.put("batch", BATCH);
        String sql = "SELECT c.id FROM customer c WHERE c.tenant_id = :tenantId AND c.owner_id = :u"
                + " AND c.deleted_at IS NULL AND " + scopeSql() + " ORDER BY c.id LIMIT :batch";
        List<Long> moved = new ArrayList<>();
        List<Long> ids;
        do {
            ids = jdbc.sql(sql, parameters).query(Long.class).list();
            List<Customer> batch = customers.findAllById(ids);
            if (toPool) {
                batch.forEach(c -> pools.returnOne(c, reason, CustomerEventType.HANDED_OVER));
                moved.addAll(ids);
            } else {
                moved.addAll(moveTo(batch, request.toUserId(), target, CustomerEventType.HANDED_OVER, reason));
            }
            customers.flush();
            entityManager.clear();
        } while (ids.size() == BATCH);
        if (!toPool && !moved.isEmpty()) {
            publisher.publishEvent(new CustomersTransferred(moved, request.toUserId(),
                    Boolean.TRUE.equals(request.withOpenOpportunities()), Boolean.TRUE.equals(request.withContracts()),
                    Boolean.TRUE.equals(request.withTasks())));
        }
        return new TransferRequests.HandOverOutcome(moved.size(), summary.owned() - moved.size());
    }

    private List<Long> moveTo(List<Customer> batch, long toUserId, CustomerService.OwnerPlacement target,
            CustomerEventType type, String reason) {
        Instant now = clock.instant();
        List<Long> moved = new ArrayList<>();
        List<Customer> changed = new ArrayList<>();
        for (Customer customer : batch) {
            Long from = customer.getOwnerId();
            if (from != null && from == toUserId) {
                continue;
            }
            Long pool = customer.getPoolId();
            customer.ownBy(toUserId, target.departmentId(), target.departmentPath(), now);
            events.record(customer.getId(), from == null ? CustomerEventType.ASSIGNED : type, from, toUserId, pool,
                    reason);
            moved.add(customer.getId());
            changed.add(customer);
        }
        ownerCopies.follow(changed);
        return moved;
    }

    private CustomerService.OwnerPlacement target(long toUserId) {
        CustomerService.OwnerPlacement target = customerService.ownerPlacement(toUserId, "toUserId");
        currentUser.requireOwnerPlacement(CustomerRecordTypes.CUSTOMER, Operation.ASSIGN, toUserId,
                target.departmentId(), target.departmentPath());
        return target;
    }

    private void requireUser(long userId, String field) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM app_user WHERE tenant_id = :tenantId AND id = :id",
                Map.of("id", userId)).query(Long.class).single() > 0;
        if (!exists) {
            throw ApiException.invalidField(field, "validation.unknownUser");
        }
    }

    private ResolvedScope scope() {
        return currentUser.scope(access.type(), Operation.ASSIGN);
    }

    private String scopeSql() {
        return scope().sql(access.type(), "c");
    }

    private Map<String, Object> scopeParameters() {
        return scope().sqlParameters(access.type());
    }

    private static String trim(String reason) {
        return reason == null || reason.isBlank() ? null : reason.trim();
    }
}
