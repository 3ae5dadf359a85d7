package io.kezhi.crm.customer.pool;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.customer.CustomerReturnedToPool;
import io.kezhi.crm.customer.OwnerCopies;
import io.kezhi.crm.customer.account.Customer;
import io.kezhi.crm.customer.account.CustomerAccess;
import io.kezhi.crm.customer.account.CustomerEventType;
import io.kezhi.crm.customer.account.CustomerEvents;
import io.kezhi.crm.customer.account.CustomerRepository;
import io.kezhi.crm.customer.account.CustomerRequests;
import io.kezhi.crm.customer.account.CustomerService;
import io.kezhi.crm.identity.AccessProfile;
import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving customers in and out of pools: claiming (members only, within the per-user cap and after
 * the cooldown for the previous owner), assigning from a pool, returning with a reason. Every move
 * is recorded as a customer event.
 */
@Service
public class PoolService {

    private final CustomerRepository customers;
    private final CustomerAccess access;
    private final CustomerService customerService;
    private final CustomerEvents events;
    private final PoolDirectory pools;
    private final CustomerPoolRepository poolRepository;
    private final CurrentUser currentUser;
    private final TenantJdbc jdbc;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final OwnerCopies ownerCopies;

    PoolService(CustomerRepository customers, CustomerAccess access, CustomerService customerService,
            CustomerEvents events, PoolDirectory pools, CustomerPoolRepository poolRepository, CurrentUser currentUser,
            TenantJdbc jdbc, ApplicationEventPublisher publisher, Clock clock, OwnerCopies ownerCopies) {
        this.customers = customers;
        this.access = access;
        this.customerService = customerService;
        this.events = events;
        this.pools = pools;
        this.poolRepository = poolRepository;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.clock = clock;
        this.ownerCopies = ownerCopies;
    }

    /** The caller takes these pooled customers; all or none. */
    @Transactional
    public List<Long> claim(List<Long> ids) {
        currentUser.require(CustomerRecordTypes.CUSTOMER, Operation.VIEW);
        AccessProfile me = currentUser.profile();
        Instant now = clock.instant();
        List<Customer> claimed = customers.findAllById(new HashSet<>(ids));
        if (claimed.size() != new HashSet<>(ids).size()) {
            throw ApiException.notFound("entity.customer");
        }
        long ownedBefore = ownedBy(me.userId());
        long owned = ownedBefore;
        for (Customer customer : claimed) {
            PoolDirectory.PlacedPool pool = customer.getOwnerId() != null || customer.getPoolId() == null ? null
                    : pools.find(customer.getPoolId()).filter(p -> p.enabled() && pools.isMember(p, me)).orElse(null);
            if (pool == null) {
                if (access.permitted(List.of(customer.getId()), Operation.VIEW).isEmpty()) {
                    throw ApiException.notFound("entity.customer");
                }
                throw ApiException.conflict("pool.error.notInPool", customer.getName());
            }
            CustomerPool settings = poolRepository.findById(pool.id()).orElseThrow();
            if (settings.getMaxOwnedPerUser() != null && owned + 1 > settings.getMaxOwnedPerUser()) {
                throw ApiException.conflict("pool.error.cap", settings.getMaxOwnedPerUser(), ownedBefore);
            }
            cooldown(customer, settings, me.userId(), now);
            customer.ownBy(me.userId(), me.departmentId(), me.departmentPath(), now);
            events.record(customer.getId(), CustomerEventType.CLAIMED, null, me.userId(), pool.id(), null);
            owned++;
        }
        ownerCopies.follow(claimed);
        customers.flush();
        return claimed.stream().map(Customer::getId).toList();
    }

    /** A manager gives customers (pooled or owned) to a user; only those the caller may assign. */
    @Transactional
    public CustomerRequests.BatchOutcome assign(List<Long> ids, long toUserId) {
        CustomerService.OwnerPlacement target = customerService.ownerPlacement(toUserId, "toUserId");
        currentUser.requireOwnerPlacement(CustomerRecordTypes.CUSTOMER, Operation.ASSIGN, toUserId,
                target.departmentId(), target.departmentPath());
        List<Long> permitted = access.permitted(ids, Operation.ASSIGN);
        Instant now = clock.instant();
        List<Long> assigned = new ArrayList<>();
        List<Customer> changed = new ArrayList<>();
        for (Customer customer : customers.findAllById(permitted)) {
            Long from = customer.getOwnerId();
            if (from != null && from == toUserId) {
                continue; // already theirs: unchanged
            }
            Long pool = customer.getPoolId();
            customer.ownBy(toUserId, target.departmentId(), target.departmentPath(), now);
            events.record(customer.getId(), CustomerEventType.ASSIGNED, from, toUserId, pool, null);
            assigned.add(customer.getId());
            changed.add(customer);
        }
        ownerCopies.follow(changed);
        customers.flush();
        return CustomerRequests.BatchOutcome.of(ids, permitted, assigned);
    }

    /** Owned customers go back to the pool of their owner's department, with the reason recorded. */
    @Transactional
    public CustomerRequests.BatchOutcome returnToPool(List<Long> ids, String reason) {
        List<Long> permitted = access.permitted(ids, Operation.EDIT);
        List<Long> returned = new ArrayList<>();
        for (Customer customer : customers.findAllById(permitted)) {
            if (customer.getOwnerId() == null) {
                continue; // already in a pool: unchanged
            }
            returnOne(customer, reason.trim(), CustomerEventType.RETURNED);
            returned.add(customer.getId());
        }
        customers.flush();
        return CustomerRequests.BatchOutcome.of(ids, permitted, returned);
    }

    /** Puts one owned customer into its pool (used by manual returns, hand-overs and the rules job). */
    public PoolDirectory.PlacedPool returnOne(Customer customer, String reason, CustomerEventType type) {
        PoolDirectory.PlacedPool pool = pools.poolFor(customer.getOwnerDeptPath());
        Long previous = customer.getOwnerId();
        customer.returnToPool(pool.id(), pool.departmentId(), pool.departmentPath(), clock.instant());
        ownerCopies.follow(List.of(customer));
        events.record(customer.getId(), type, previous, null, pool.id(), reason);
        publisher.publishEvent(new CustomerReturnedToPool(List.of(customer.getId()), pool.id(), previous,
                type == CustomerEventType.AUTO_RETURNED));
        return pool;
    }

    private void cooldown(Customer customer, CustomerPool pool, long me, Instant now) {
        if (pool.getCooldownDays() == 0 || customer.getPreviousOwnerId() == null
                || customer.getPreviousOwnerId() != me || customer.getReturnedAt() == null) {
            return;
        }
        Instant until = customer.getReturnedAt().plus(Duration.ofDays(pool.getCooldownDays()));
        if (now.isBefore(until)) {
            throw ApiException.conflict("pool.error.cooldown", customer.getName(),
                    DateTimeFormatter.ISO_LOCAL_DATE.format(until.atZone(ZoneOffset.ofHours(8))));
        }
    }

    private long ownedBy(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM customer WHERE tenant_id = :tenantId AND owner_id = :u"
                + " AND deleted_at IS NULL", Map.of("u", userId)).query(Long.class).single();
    }
}
