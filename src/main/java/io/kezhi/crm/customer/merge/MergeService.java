package io.kezhi.crm.customer.merge;

import io.kezhi.crm.customer.CustomerMergeUndone;
import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.customer.CustomersMerged;
import io.kezhi.crm.customer.account.Customer;
import io.kezhi.crm.customer.account.CustomerAccess;
import io.kezhi.crm.customer.account.CustomerEventType;
import io.kezhi.crm.customer.account.CustomerEvents;
import io.kezhi.crm.customer.account.CustomerProfile;
import io.kezhi.crm.customer.account.CustomerRepository;
import io.kezhi.crm.customer.account.CustomerView;
import io.kezhi.crm.customer.account.CustomerViews;
import io.kezhi.crm.customer.account.PhoneIndex;
import io.kezhi.crm.customer.contact.ContactService;
import io.kezhi.crm.customer.followup.FollowUpService;
import io.kezhi.crm.identity.FieldAccess;
import io.kezhi.crm.identity.FieldPolicies;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.shared.SubjectRef;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.error.FieldViolation;
import io.kezhi.crm.shared.jpa.DeletedRecords;
import io.kezhi.crm.shared.security.CurrentActor;
import io.kezhi.crm.shared.spi.RecordRestored;
import io.kezhi.crm.shared.spi.RecordSoftDeleted;
import io.kezhi.crm.shared.web.Etags;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Merges duplicate customers into one and undoes merges. The survivor takes the chosen value of each
 * field; contacts, follow-ups, ownership history, team shares and files move to it; the merged
 * customers are kept as deleted rows pointing at the survivor, so undoing brings them back with
 * what they had. They wait in the recycle bin (which refuses to restore them: only undoing does) and
 * are purged with it after the company's retention; a merge whose customers are purged cannot be
 * undone. Other modules move their records on {@link CustomersMerged}.
 */
@Service
public class MergeService {

    private final CustomerRepository customers;
    private final CustomerAccess access;
    private final CustomerViews views;
    private final MergeFields fields;
    private final MergeMoves moves;
    private final CustomerMergeRepository merges;
    private final MergeViews mergeViews;
    private final CustomerEvents events;
    private final PhoneIndex phones;
    private final FollowUpService followUps;
    private final ContactService contacts;
    private final FieldPolicies fieldPolicies;
    private final EntityManager em;
    private final JsonMapper json;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    MergeService(CustomerRepository customers, CustomerAccess access, CustomerViews views, MergeFields fields,
            MergeMoves moves, CustomerMergeRepository merges, MergeViews mergeViews, CustomerEvents events,
            PhoneIndex phones, FollowUpService followUps, ContactService contacts, FieldPolicies fieldPolicies,
            EntityManager em, JsonMapper json, ApplicationEventPublisher publisher, Clock clock) {
        this.customers = customers;
        this.access = access;
        this.views = views;
        this.fields = fields;
        this.moves = moves;
        this.merges = merges;
        this.mergeViews = mergeViews;
        this.events = events;
        this.phones = phones;
        this.followUps = followUps;
        this.contacts = contacts;
        this.fieldPolicies = fieldPolicies;
        this.em = em;
        this.json = json;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The survivor's fields right after the merge and everything that moved, stored with the merge. */
    record Record(CustomerProfile after, MergeMoves.Moved moved) {
    }

    @Transactional
    public CustomerView merge(MergeRequests.MergeCustomers request, long expectedVersion) {
        Customer survivor = access.require(request.survivorId(), Operation.EDIT);
        Etags.check(expectedVersion, survivor.getVersion());
        Set<Long> mergedIds = new LinkedHashSet<>(request.mergedIds());
        if (mergedIds.contains(survivor.getId()) || mergedIds.size() != request.mergedIds().size()) {
            throw ApiException.invalidField("mergedIds", "customer.validation.mergeIds");
        }
        List<Customer> merged = new ArrayList<>();
        for (long id : mergedIds) {
            merged.add(access.require(id, Operation.DELETE));
        }
        CustomerProfile before = survivor.profile();
        CustomerProfile after = fields.choose(survivor, merged, request.values());
        // Fields the caller may not edit (hidden or read-only) cannot be chosen from another customer,
        // and keep the survivor's value: a merge neither changes nor reveals them.
        Set<String> locked = new HashSet<>();
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, Long> choices = request.values() == null ? Map.of() : request.values();
        for (String field : MergeFields.CHOOSABLE) {
            if (fieldPolicies.access(CustomerRecordTypes.CUSTOMER, field) != FieldAccess.EDITABLE) {
                locked.addAll(MergeFields.columnsOf(field));
                Long from = choices.get(field);
                if (from != null && from != survivor.getId()) {
                    violations.add(new FieldViolation("values." + field, "validation.fieldNotEditable"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "field-forbidden", "error.fieldForbidden", violations);
        }
        after = fields.withColumns(after, before, locked);
        survivor.apply(after);
        customers.flush();
        phones.indexCustomer(survivor.getId(), survivor.getPhone(), survivor.getPhone2());

        MergeMoves.Moved moved = moves.moveAll(List.copyOf(mergedIds), survivor.getId());
        for (Customer customer : merged) {
            customer.markMergedInto(survivor.getId());
            customer.markDeleted();
            // in the recycle bin for its retention, restorable only by undoing the merge, then purged
            publisher.publishEvent(new RecordSoftDeleted(SubjectRef.of(CustomerRecordTypes.CUSTOMER,
                    customer.getId()), customer.getName(), customer.getOwnerId(), customer.getOwnerDeptId(),
                    customer.getOwnerDeptPath()));
            phones.indexCustomer(customer.getId());
            events.record(customer.getId(), CustomerEventType.MERGED_INTO, customer.getOwnerId(),
                    survivor.getOwnerId(), null, survivor.getName());
            events.record(survivor.getId(), CustomerEventType.MERGED_FROM, customer.getOwnerId(),
                    survivor.getOwnerId(), null, customer.getName());
        }
        customers.flush();
        followUps.refreshCustomer(survivor);
        CustomerMerge merge = merges.save(new CustomerMerge(survivor.getId(), List.copyOf(mergedIds),
                json.writeValueAsString(before), json.writeValueAsString(new Record(after, moved)),
                CurrentActor.userIdOrNull(), clock.instant()));
        merges.flush();
        publisher.publishEvent(new CustomersMerged(merge.getId(), survivor.getId(), List.copyOf(mergedIds)));
        return views.of(survivor);
    }

    /** The merges into a customer, newest first. */
    @Transactional(readOnly = true)
    public List<MergeRequests.MergeView> mergesInto(long survivorId) {
        access.viewable(survivorId);
        return mergeViews.of(merges.findBySurvivorIdOrderByMergedAtDescIdDesc(survivorId));
    }

    /**
     * Undoes a merge: the merged customers come back with what they had; fields of the survivor that
     * still hold the merged-in value get their earlier value back. Only the latest merge into a
     * customer that is not undone yet can be undone.
     */
    @Transactional
    public CustomerView undo(long mergeId) {
        CustomerMerge merge = merges.findById(mergeId).orElseThrow(() -> ApiException.notFound("entity.customerMerge"));
        Customer mergedAway = DeletedRecords.find(em, Customer.class, "customer", merge.getSurvivorId())
                .filter(c -> c.getMergedIntoId() != null).orElse(null);
        if (mergedAway != null) {
            // the survivor went into another customer since: that merge must be undone first
            Customer into = access.require(mergedAway.getMergedIntoId(), Operation.EDIT);
            throw ApiException.conflict("customer.error.survivorMerged", mergedAway.getName(), into.getName());
        }
        Customer survivor = access.require(merge.getSurvivorId(), Operation.EDIT);
        if (merge.getUndoneAt() != null) {
            throw ApiException.conflict("customer.error.mergeUndone");
        }
        boolean later = merges.findBySurvivorIdOrderByMergedAtDescIdDesc(survivor.getId()).stream()
                .anyMatch(m -> m.getUndoneAt() == null && m.getId() > merge.getId());
        if (later) {
            throw ApiException.conflict("customer.error.laterMerge");
        }
        // the merged customers must still be there (the recycle bin purges them after its retention)
        List<Customer> comingBack = new ArrayList<>();
        for (long id : merge.getMergedIds()) {
            comingBack.add(DeletedRecords.find(em, Customer.class, "customer", id)
                    .orElseThrow(() -> ApiException.conflict("customer.error.mergedPurged")));
        }
        Record record = json.readValue(merge.getMoved(), Record.class);
        CustomerProfile before = json.readValue(merge.getSurvivorBefore(), CustomerProfile.class);
        CustomerProfile current = survivor.profile();
        Set<String> revert = new HashSet<>();
        Map<String, Object> now = fields.asMap(current);
        Map<String, Object> after = fields.asMap(record.after());
        fields.changed(before, record.after()).forEach(column -> {
            if (Objects.equals(now.get(column), after.get(column))) {
                revert.add(column);
            }
        });
        survivor.apply(fields.withColumns(current, before, revert));
        customers.flush();
        phones.indexCustomer(survivor.getId(), survivor.getPhone(), survivor.getPhone2());

        moves.moveBack(record.moved(), survivor.getId());
        for (Customer customer : comingBack) {
            long id = customer.getId();
            customer.clearMergedInto();
            customer.restore();
            em.flush();
            publisher.publishEvent(new RecordRestored(SubjectRef.of(CustomerRecordTypes.CUSTOMER, id)));
            phones.indexCustomer(id, customer.getPhone(), customer.getPhone2());
            followUps.refreshCustomer(customer);
            events.record(id, CustomerEventType.MERGE_UNDONE, null, customer.getOwnerId(), null, survivor.getName());
        }
        events.record(survivor.getId(), CustomerEventType.MERGE_UNDONE, null, survivor.getOwnerId(), null, null);
        followUps.refreshCustomer(survivor);
        // contacts that moved back may have taken the primary away, or brought a second one
        contacts.keepPrimary(survivor.getId());
        merge.getMergedIds().forEach(contacts::keepPrimary);
        merge.markUndone(clock.instant());
        merges.flush();
        publisher.publishEvent(new CustomerMergeUndone(merge.getId(), survivor.getId(), merge.getMergedIds()));
        return views.of(survivor);
    }
}
