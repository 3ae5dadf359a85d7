package io.kezhi.crm.customer.account;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.customer.pool.PoolDirectory;
import io.kezhi.crm.customer.settings.CustomerSettings;
import io.kezhi.crm.customer.settings.DuplicateMode;
import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.FieldPolicies;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.shared.SubjectRef;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.spi.RecordSoftDeleted;
import io.kezhi.crm.shared.web.Etags;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing and deleting customers, singly and in batches. */
@Service
public class CustomerService {

    private final CustomerRepository customers;
    private final CustomerAccess access;
    private final CustomerProfiles profiles;
    private final CustomerViews views;
    private final DuplicateChecker duplicates;
    private final CustomerSettings settings;
    private final PhoneIndex phones;
    private final CustomerEvents events;
    private final PoolDirectory pools;
    private final CurrentUser currentUser;
    private final FieldPolicies fieldPolicies;
    private final TenantJdbc jdbc;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CustomerService(CustomerRepository customers, CustomerAccess access, CustomerProfiles profiles,
            CustomerViews views, DuplicateChecker duplicates, CustomerSettings settings, PhoneIndex phones,
            CustomerEvents events, PoolDirectory pools, CurrentUser currentUser, FieldPolicies fieldPolicies,
            TenantJdbc jdbc, ApplicationEventPublisher publisher, Clock clock) {
        this.customers = customers;
        this.access = access;
        this.profiles = profiles;
        this.views = views;
        this.duplicates = duplicates;
        this.settings = settings;
        this.phones = phones;
        this.events = events;
        this.pools = pools;
        this.currentUser = currentUser;
        this.fieldPolicies = fieldPolicies;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public CustomerView create(CustomerRequests.CreateCustomer request) {
        currentUser.require(CustomerRecordTypes.CUSTOMER, Operation.CREATE);
        fieldPolicies.checkCreate(CustomerRecordTypes.CUSTOMER, request);
        CustomerProfile profile = profiles.fromCreate(request);
        checkDuplicates(profile, null, Boolean.TRUE.equals(request.ignoreDuplicates()));
        Customer customer = new Customer(profile);
        if (Boolean.TRUE.equals(request.toPool())) {
            PoolDirectory.PlacedPool pool = pools.poolFor(currentUser.profile().departmentPath());
            customer.returnToPool(pool.id(), pool.departmentId(), pool.departmentPath(), clock.instant());
        } else {
            long ownerId = request.ownerId() == null ? currentUser.id() : request.ownerId();
            OwnerPlacement owner = ownerPlacement(ownerId, "ownerId");
            currentUser.requireOwnerPlacement(CustomerRecordTypes.CUSTOMER, Operation.CREATE, ownerId,
                    owner.departmentId(), owner.departmentPath());
            customer.ownBy(ownerId, owner.departmentId(), owner.departmentPath(), clock.instant());
        }
        customers.saveAndFlush(customer);
        phones.indexCustomer(customer.getId(), customer.getPhone(), customer.getPhone2());
        events.record(customer.getId(), CustomerEventType.CREATED, null, customer.getOwnerId(), customer.getPoolId(),
                null);
        return views.of(customer);
    }

    @Transactional
    public CustomerView update(long id, CustomerRequests.UpdateCustomer patch, long expectedVersion) {
        Customer customer = access.require(id, Operation.EDIT);
        Etags.check(expectedVersion, customer.getVersion());
        CustomerProfile current = customer.profile();
        fieldPolicies.checkPatch(CustomerRecordTypes.CUSTOMER, patch, CustomerRequests.UpdateCustomer.of(current));
        CustomerProfile merged = profiles.merge(current, patch);
        boolean identityChanged = !Objects.equals(merged.name(), current.name())
                || !Objects.equals(merged.phone(), current.phone()) || !Objects.equals(merged.phone2(), current.phone2())
                || !Objects.equals(merged.email(), current.email());
        if (identityChanged) {
            checkDuplicates(merged, id, Boolean.TRUE.equals(patch.ignoreDuplicates()));
        }
        customer.apply(merged);
        customers.flush();
        phones.indexCustomer(id, customer.getPhone(), customer.getPhone2());
        return views.of(customer);
    }

    /** Soft delete into the recycle bin. */
    @Transactional
    public void delete(long id, long expectedVersion) {
        Customer customer = access.require(id, Operation.DELETE);
        Etags.check(expectedVersion, customer.getVersion());
        delete(customer);
    }

    @Transactional
    public CustomerRequests.BatchOutcome deleteAll(List<Long> ids) {
        List<Long> permitted = access.permitted(ids, Operation.DELETE);
        customers.findAllById(permitted).forEach(this::delete);
        return outcome(ids, permitted);
    }

    @Transactional
    public CustomerRequests.BatchOutcome tag(CustomerRequests.TagCustomers request) {
        Set<String> add = clean(request.add());
        Set<String> remove = clean(request.remove());
        if (add.isEmpty() && remove.isEmpty()) {
            throw ApiException.invalidField("add", "customer.validation.nothingToTag");
        }
        List<Long> permitted = access.permitted(request.ids(), Operation.EDIT);
        for (Customer customer : customers.findAllById(permitted)) {
            CustomerProfile p = customer.profile();
            Set<String> tags = new HashSet<>(p.tags());
            tags.addAll(add);
            tags.removeAll(remove);
            if (tags.size() > 20) {
                throw ApiException.invalidField("add", "customer.validation.tooManyTags", 20);
            }
            customer.apply(p.withTags(tags));
        }
        customers.flush();
        return outcome(request.ids(), permitted);
    }

    /** Possible duplicates of a customer being entered (for the form, before saving). */
    @Transactional(readOnly = true)
    public List<DuplicateChecker.PossibleDuplicate> duplicatesOf(CustomerRequests.CreateCustomer request,
            Long excludeId) {
        currentUser.require(CustomerRecordTypes.CUSTOMER, Operation.VIEW);
        return duplicates.find(profiles.fromCreate(request), excludeId);
    }

    private void delete(Customer customer) {
        customer.markDeleted();
        customers.flush();
        publisher.publishEvent(new RecordSoftDeleted(SubjectRef.of(CustomerRecordTypes.CUSTOMER, customer.getId()),
                customer.getName(), customer.getOwnerId(), customer.getOwnerDeptId(), customer.getOwnerDeptPath()));
    }

    private void checkDuplicates(CustomerProfile profile, Long excludeId, boolean confirmed) {
        DuplicateMode mode = settings.duplicateMode();
        if (mode == DuplicateMode.WARN && confirmed) {
            return;
        }
        List<DuplicateChecker.PossibleDuplicate> found = duplicates.find(profile, excludeId);
        if (found.isEmpty()) {
            return;
        }
        if (mode == DuplicateMode.BLOCK) {
            throw ApiException.conflict("customer.error.duplicate").with("duplicates", found);
        }
        throw new ApiException(org.springframework.http.HttpStatus.CONFLICT, "duplicate-warning",
                "customer.error.possibleDuplicate", List.of()).with("duplicates", found);
    }

    /** Where a customer of this owner is placed: the owner's department. */
    public record OwnerPlacement(long departmentId, String departmentPath) {
    }

    public OwnerPlacement ownerPlacement(long userId, String field) {
        record Row(long departmentId, String deptPath, String status) {
        }
        Row row = jdbc.sql("SELECT department_id, dept_path, status FROM app_user WHERE tenant_id = :tenantId"
                + " AND id = :id AND deleted_at IS NULL", Map.of("id", userId)).query(Row.class).optional()
                .orElseThrow(() -> ApiException.invalidField(field, "validation.unknownUser"));
        if (!"ACTIVE".equals(row.status())) {
            throw ApiException.invalidField(field, "validation.userNotActive");
        }
        return new OwnerPlacement(row.departmentId(), row.deptPath());
    }

    private static Set<String> clean(Set<String> tags) {
        Set<String> clean = new HashSet<>();
        if (tags != null) {
            tags.stream().filter(Objects::nonNull).map(String::trim).filter(t -> !t.isEmpty()).forEach(clean::add);
        }
        return clean;
    }

    static CustomerRequests.BatchOutcome outcome(List<Long> requested, List<Long> permitted) {
        Set<Long> done = new HashSet<>(permitted);
        return new CustomerRequests.BatchOutcome(List.copyOf(permitted),
                requested.stream().filter(i -> !done.contains(i)).distinct().toList());
    }
}
