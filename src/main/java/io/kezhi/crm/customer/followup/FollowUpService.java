package io.kezhi.crm.customer.followup;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.customer.account.Customer;
import io.kezhi.crm.customer.account.CustomerAccess;
import io.kezhi.crm.customer.account.CustomerRepository;
import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.RecordType;
import io.kezhi.crm.identity.RecordTypes;
import io.kezhi.crm.identity.ScopedRecords;
import io.kezhi.crm.identity.ShareGrantees;
import io.kezhi.crm.platform.Dictionaries;
import io.kezhi.crm.shared.SubjectRef;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.error.FieldViolation;
import io.kezhi.crm.shared.jpa.EntityLister;
import io.kezhi.crm.shared.jpa.ListBranch;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.spi.RecordSoftDeleted;
import io.kezhi.crm.shared.web.Etags;
import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-ups (跟进记录). Writing one needs edit access to the customer; every change recomputes the
 * customer's last follow-up time and its next planned follow-up (that of the latest follow-up).
 */
@Service
public class FollowUpService {

    public static final Map<String, String> SORTS = Map.of("occurredAt", "occurredAt", "createdAt", "createdAt",
            "nextFollowUpAt", "nextFollowUpAt");
    static final String TYPES = "follow_up_type";

    /** Filters of the follow-up list across customers. */
    public record FollowUpFilter(Long customerId, Long authorId, Boolean mine, String followType, Instant from,
            Instant to) {

        boolean isEmpty() {
            return customerId == null && authorId == null && !Boolean.TRUE.equals(mine) && followType == null
                    && from == null && to == null;
        }
    }

    /** The list's default order, which the index of shared customers' follow-ups holds (V2_29). */
    static final ListQuery.SortOrder DEFAULT_ORDER = new ListQuery.SortOrder("occurredAt", false);

    private final FollowUpRepository followUps;
    private final ShareGrantees shareGrantees;
    private final FollowUpViews views;
    private final CustomerAccess customers;
    private final CustomerRepository customerRepository;
    private final ScopedRecords scopedRecords;
    private final RecordTypes recordTypes;
    private final CurrentUser currentUser;
    private final Dictionaries dictionaries;
    private final EntityLister lister;
    private final TenantJdbc jdbc;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    FollowUpService(FollowUpRepository followUps, FollowUpViews views, CustomerAccess customers,
            CustomerRepository customerRepository, ScopedRecords scopedRecords, RecordTypes recordTypes,
            CurrentUser currentUser, Dictionaries dictionaries, EntityLister lister, TenantJdbc jdbc,
            ShareGrantees shareGrantees, ApplicationEventPublisher publisher, Clock clock) {
        this.shareGrantees = shareGrantees;
        this.followUps = followUps;
        this.views = views;
        this.customers = customers;
        this.customerRepository = customerRepository;
        this.scopedRecords = scopedRecords;
        this.recordTypes = recordTypes;
        this.currentUser = currentUser;
        this.dictionaries = dictionaries;
        this.lister = lister;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.clock = clock;
    }

    private RecordType type() {
        return recordTypes.find(CustomerRecordTypes.FOLLOW_UP).orElseThrow();
    }

    @Transactional(readOnly = true)
    public PageResult<FollowUpView> ofCustomer(long customerId, ListQuery query) {
        customers.viewable(customerId);
        Specification<FollowUp> spec = (root, q, cb) -> cb.equal(root.get("customerId"), customerId);
        return page(lister.list(FollowUp.class, spec, query));
    }

    @Transactional(readOnly = true)
    public PageResult<FollowUpView> list(FollowUpFilter filter, ListQuery query) {
        List<ListBranch<FollowUp>> branches = currentUser.scope(type(), Operation.VIEW).branches(type());
        // the shared customers' follow-ups walked in order only for the unfiltered list in its default order
        return page(lister.list(FollowUp.class, filter.isEmpty() && query.sort().equals(List.of(DEFAULT_ORDER)) ? branches
                : ListBranch.withoutWalks(branches), matching(filter), query, EntityLister.Access.IN_ORDER));
    }

    @Transactional(readOnly = true)
    public FollowUpView get(long id) {
        return views.of(scopedRecords.require(type(), FollowUp.class, id, Operation.VIEW));
    }

    @Transactional
    public FollowUpView create(long customerId, FollowUpRequests.CreateFollowUp request) {
        Customer customer = customers.require(customerId, Operation.EDIT);
        FollowUpDetails details = validated(customerId, new FollowUpDetails(request.contactId(),
                request.followType().trim(), request.content().trim(), request.occurredAt(), request.nextFollowUpAt(),
                blank(request.nextAction())), null);
        FollowUp followUp = followUps.saveAndFlush(new FollowUp(customerId, customer.getOwnerId(),
                customer.getOwnerDeptId(), shareGrantees.forNewChild(CustomerRecordTypes.CUSTOMER, customerId),
                currentUser.id(), details));
        refreshCustomer(customer);
        return views.of(followUp);
    }

    @Transactional
    public FollowUpView update(long id, FollowUpRequests.UpdateFollowUp patch, long expectedVersion) {
        FollowUp followUp = scopedRecords.require(type(), FollowUp.class, id, Operation.EDIT);
        Etags.check(expectedVersion, followUp.getVersion());
        FollowUpDetails c = followUp.details();
        FollowUpDetails merged = validated(followUp.getCustomerId(), new FollowUpDetails(
                patch.contactId() == null ? c.contactId() : patch.contactId(),
                patch.followType() == null ? c.followType() : patch.followType().trim(),
                patch.content() == null ? c.content() : patch.content().trim(),
                patch.occurredAt() == null ? c.occurredAt() : patch.occurredAt(),
                Boolean.TRUE.equals(patch.clearNextFollowUp()) ? null
                        : patch.nextFollowUpAt() == null ? c.nextFollowUpAt() : patch.nextFollowUpAt(),
                patch.nextAction() == null ? c.nextAction() : blank(patch.nextAction())), c.followType());
        followUp.apply(merged);
        followUps.flush();
        refreshCustomer(customerRepository.findById(followUp.getCustomerId()).orElseThrow());
        return views.of(followUp);
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        FollowUp followUp = scopedRecords.require(type(), FollowUp.class, id, Operation.DELETE);
        Etags.check(expectedVersion, followUp.getVersion());
        followUp.markDeleted();
        followUps.flush();
        Customer customer = customerRepository.findById(followUp.getCustomerId()).orElseThrow();
        refreshCustomer(customer);
        publisher.publishEvent(new RecordSoftDeleted(SubjectRef.of(CustomerRecordTypes.FOLLOW_UP, id),
                followUp.getFollowType() + " · " + abbreviate(followUp.getContent()), customer.getOwnerId(),
                customer.getOwnerDeptId(), customer.getOwnerDeptPath()));
    }

    /** Sets the customer's last follow-up and next planned one from its follow-ups as they now are. */
    public void refreshCustomer(Customer customer) {
        record Latest(Instant occurredAt, Instant nextFollowUpAt) {
        }
        List<Latest> latest = jdbc.sql("""
                SELECT occurred_at, next_follow_up_at FROM follow_up
                WHERE tenant_id = :tenantId AND customer_id = :id AND deleted_at IS NULL
                ORDER BY occurred_at DESC, id DESC LIMIT 1""", Map.of("id", customer.getId()))
                .query((rs, i) -> new Latest(jdbc.instant(rs, 1), jdbc.instant(rs, 2))).list();
        if (latest.isEmpty()) {
            customer.setFollowUpDates(null, null);
        } else {
            customer.setFollowUpDates(latest.get(0).occurredAt(), latest.get(0).nextFollowUpAt());
        }
        customerRepository.flush();
    }

    private FollowUpDetails validated(long customerId, FollowUpDetails d, String previousType) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!Objects.equals(d.followType(), previousType) && !dictionaries.isValue(TYPES, d.followType(), true)) {
            violations.add(new FieldViolation("followType", "validation.dictionaryValue", d.followType()));
        }
        if (d.content() == null || d.content().isEmpty()) {
            violations.add(new FieldViolation("content", "NotBlank"));
        }
        if (d.occurredAt().isAfter(clock.instant().plus(Customer.FOLLOW_UP_FUTURE_TOLERANCE))) {
            violations.add(new FieldViolation("occurredAt", "followUp.validation.inFuture"));
        }
        if (d.nextFollowUpAt() != null && !d.nextFollowUpAt().isAfter(d.occurredAt())) {
            violations.add(new FieldViolation("nextFollowUpAt", "followUp.validation.nextBeforeOccurred"));
        }
        if (d.contactId() != null) {
            long belongs = jdbc.sql("SELECT COUNT(*) FROM contact WHERE tenant_id = :tenantId AND id = :id"
                    + " AND customer_id = :customer AND deleted_at IS NULL",
                    Map.of("id", d.contactId(), "customer", customerId)).query(Long.class).single();
            if (belongs == 0) {
                violations.add(new FieldViolation("contactId", "followUp.validation.contactNotOfCustomer"));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return d;
    }

    private Specification<FollowUp> matching(FollowUpFilter f) {
        long me = currentUser.id();
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (f.customerId() != null) {
                all.add(cb.equal(root.get("customerId"), f.customerId()));
            }
            if (f.authorId() != null) {
                all.add(cb.equal(root.get("authorId"), f.authorId()));
            }
            if (Boolean.TRUE.equals(f.mine())) {
                all.add(cb.equal(root.get("authorId"), me));
            }
            if (f.followType() != null) {
                all.add(cb.equal(root.get("followType"), f.followType()));
            }
            if (f.from() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), f.from()));
            }
            if (f.to() != null) {
                all.add(cb.lessThan(root.get("occurredAt"), f.to()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /** The latest follow-ups of a customer, for the 360 view. */
    public List<FollowUpView> latest(long customerId, int count) {
        return views.of(followUps.findByCustomerIdOrderByOccurredAtDescIdDesc(customerId, PageRequest.of(0, count)));
    }

    private PageResult<FollowUpView> page(PageResult<FollowUp> page) {
        return page.withItems(views.of(page.items()));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String abbreviate(String content) {
        return content.length() <= 60 ? content : content.substring(0, 60) + "…";
    }
}
