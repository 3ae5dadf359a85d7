package io.kezhi.crm.customer.contact;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.customer.account.CustomerAccess;
import io.kezhi.crm.customer.account.PhoneIndex;
import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.FieldPolicies;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.RecordType;
import io.kezhi.crm.identity.RecordTypes;
import io.kezhi.crm.identity.ResolvedScope;
import io.kezhi.crm.identity.ScopedRecords;
import io.kezhi.crm.identity.ShareGrantees;
import io.kezhi.crm.shared.Phones;
import io.kezhi.crm.shared.SubjectRef;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.error.FieldViolation;
import io.kezhi.crm.shared.jpa.EntityLister;
import io.kezhi.crm.shared.jpa.ListBranch;
import io.kezhi.crm.shared.spi.RecordSoftDeleted;
import io.kezhi.crm.shared.web.Etags;
import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts of customers. Whoever may change a customer may change its contacts. */
@Service
public class ContactService {

    /** API sort field to property: by name is by the name's pinyin, as customers sort ({@code CustomerQueries}). */
    public static final Map<String, String> SORTS = Map.of("name", "namePinyin", "createdAt", "createdAt",
            "updatedAt", "updatedAt");

    /** Filters of the contact list across customers. */
    public record ContactFilter(String q, Long customerId, DecisionRole decisionRole, Boolean primaryOnly) {

        boolean isEmpty() {
            return (q == null || q.isBlank()) && customerId == null && decisionRole == null
                    && !Boolean.TRUE.equals(primaryOnly);
        }
    }

    /** The list's default order, by name, which the index of shared customers' contacts holds (V2_29, V2_36). */
    static final ListQuery.SortOrder DEFAULT_ORDER = new ListQuery.SortOrder("namePinyin", true);

    private final ContactRepository contacts;
    private final ShareGrantees shareGrantees;
    private final ContactViews views;
    private final CustomerAccess customers;
    private final ScopedRecords scopedRecords;
    private final RecordTypes recordTypes;
    private final CurrentUser currentUser;
    private final FieldPolicies fieldPolicies;
    private final PhoneIndex phones;
    private final EntityLister lister;
    private final ContactSearch.Factory searches;
    private final ApplicationEventPublisher publisher;

    ContactService(ContactRepository contacts, ContactViews views, CustomerAccess customers,
            ScopedRecords scopedRecords, RecordTypes recordTypes, CurrentUser currentUser, FieldPolicies fieldPolicies,
            PhoneIndex phones, EntityLister lister, ShareGrantees shareGrantees, ContactSearch.Factory searches,
            ApplicationEventPublisher publisher) {
        this.shareGrantees = shareGrantees;
        this.searches = searches;
        this.contacts = contacts;
        this.views = views;
        this.customers = customers;
        this.scopedRecords = scopedRecords;
        this.recordTypes = recordTypes;
        this.currentUser = currentUser;
        this.fieldPolicies = fieldPolicies;
        this.phones = phones;
        this.lister = lister;
        this.publisher = publisher;
    }

    private RecordType type() {
        return recordTypes.find(CustomerRecordTypes.CONTACT).orElseThrow();
    }

    /** The contacts of one customer the caller may view (scope or pool membership). */
    @Transactional(readOnly = true)
    public PageResult<ContactView> ofCustomer(long customerId, ListQuery query) {
        customers.viewable(customerId);
        Specification<Contact> spec = (root, q, cb) -> cb.equal(root.get("customerId"), customerId);
        return page(lister.list(Contact.class, spec, query));
    }

    /** Contacts across all customers the caller may view. */
    @Transactional(readOnly = true)
    public PageResult<ContactView> list(ContactFilter filter, ListQuery query) {
        ResolvedScope scope = currentUser.scope(type(), Operation.VIEW);
        ContactSearch search = filter.q() == null || filter.q().isBlank() ? null : searches.of(filter.q().trim());
        List<ListBranch<Contact>> branches =
                search != null ? scope.<Contact>branchesForSearch(type()) : scope.<Contact>branches(type());
        Specification<Contact> matching = matching(filter, search);
        EntityLister.Access access = search != null && search.findsMatchesFirst() ? EntityLister.Access.MATCHES_FIRST
                : EntityLister.Access.IN_ORDER;
        // the shared customers' contacts walked in order only for the unfiltered list in its default order
        return page(lister.list(Contact.class, filter.isEmpty() && query.sort().equals(List.of(DEFAULT_ORDER)) ? branches
                : ListBranch.withoutWalks(branches), matching, query, access));
    }

    @Transactional(readOnly = true)
    public ContactView get(long id) {
        return views.of(scopedRecords.require(type(), Contact.class, id, Operation.VIEW));
    }

    @Transactional
    public ContactView create(long customerId, ContactRequests.CreateContact request) {
        var customer = customers.require(customerId, Operation.EDIT);
        fieldPolicies.checkCreate(CustomerRecordTypes.CONTACT, request);
        ContactProfile profile = validated(new ContactProfile(trim(request.name()), request.gender(),
                blank(request.title()), blank(request.department()), blank(request.mobile()), blank(request.phone()),
                blank(request.email()), blank(request.wechat()), request.birthday(), request.closeness(),
                request.influence(), request.decisionRole(), Boolean.TRUE.equals(request.primaryContact()),
                blank(request.remark())));
        boolean first = contacts.findByCustomerId(customerId).isEmpty();
        Contact contact = new Contact(customerId, customer.getOwnerId(), customer.getOwnerDeptId(),
                shareGrantees.forNewChild(CustomerRecordTypes.CUSTOMER, customerId), profile);
        if (first) {
            contact.setPrimaryContact(true);
        }
        contacts.saveAndFlush(contact);
        onlyPrimary(contact);
        phones.indexContact(customerId, contact.getId(), contact.getMobile(), contact.getPhone());
        return views.of(contact);
    }

    @Transactional
    public ContactView update(long id, ContactRequests.UpdateContact patch, long expectedVersion) {
        Contact contact = scopedRecords.require(type(), Contact.class, id, Operation.EDIT);
        Etags.check(expectedVersion, contact.getVersion());
        ContactProfile c = contact.profile();
        fieldPolicies.checkPatch(CustomerRecordTypes.CONTACT, patch, new ContactRequests.UpdateContact(c.name(),
                c.gender(), c.title(), c.department(), c.mobile(), c.phone(), c.email(), c.wechat(), c.birthday(),
                c.closeness(), c.influence(), c.decisionRole(), c.primaryContact(), c.remark(), null));
        ContactProfile merged = validated(new ContactProfile(
                patch.name() == null ? c.name() : trim(patch.name()),
                patch.gender() == null ? c.gender() : patch.gender(), pick(patch.title(), c.title()),
                pick(patch.department(), c.department()), pick(patch.mobile(), c.mobile()),
                pick(patch.phone(), c.phone()), pick(patch.email(), c.email()), pick(patch.wechat(), c.wechat()),
                patch.birthday() == null ? c.birthday() : patch.birthday(),
                patch.closeness() == null ? c.closeness() : patch.closeness(),
                patch.influence() == null ? c.influence() : patch.influence(),
                patch.decisionRole() == null ? c.decisionRole() : patch.decisionRole(),
                patch.primaryContact() == null ? c.primaryContact() : patch.primaryContact(),
                pick(patch.remark(), c.remark())));
        contact.apply(merged);
        contacts.flush();
        onlyPrimary(contact);
        phones.indexContact(contact.getCustomerId(), id, contact.getMobile(), contact.getPhone());
        return views.of(contact);
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        Contact contact = scopedRecords.require(type(), Contact.class, id, Operation.DELETE);
        Etags.check(expectedVersion, contact.getVersion());
        contact.markDeleted();
        contacts.flush();
        keepPrimary(contact.getCustomerId());
        phones.removeContact(id);
        var owner = customers.require(contact.getCustomerId(), Operation.VIEW);
        publisher.publishEvent(new RecordSoftDeleted(SubjectRef.of(CustomerRecordTypes.CONTACT, id),
                contact.getName(), owner.getOwnerId(), owner.getOwnerDeptId(), owner.getOwnerDeptPath()));
    }

    /**
     * Keeps exactly one primary contact on a customer that has contacts. When none is primary (the
     * primary was deleted or moved away), the most recently updated contact becomes primary; when
     * several are (contacts moved back by undoing a merge), the most recently updated one stays
     * primary. Each change is an ordinary, audited update of the contact.
     */
    public void keepPrimary(long customerId) {
        List<Contact> live = contacts.findByCustomerId(customerId);
        List<Contact> primaries = live.stream().filter(Contact::isPrimaryContact).toList();
        if (live.isEmpty() || primaries.size() == 1) {
            return;
        }
        Comparator<Contact> latest = Comparator.comparing(Contact::getUpdatedAt).thenComparing(Contact::getId);
        if (primaries.isEmpty()) {
            live.stream().max(latest).orElseThrow().setPrimaryContact(true);
        } else {
            Contact keep = primaries.stream().max(latest).orElseThrow();
            primaries.stream().filter(c -> c != keep).forEach(c -> c.setPrimaryContact(false));
        }
        contacts.flush();
    }

    /** Keeps one primary contact per customer: the one just marked primary. */
    private void onlyPrimary(Contact contact) {
        if (contact.isPrimaryContact()) {
            contacts.findByCustomerId(contact.getCustomerId()).stream()
                    .filter(other -> !other.getId().equals(contact.getId()) && other.isPrimaryContact())
                    .forEach(other -> other.setPrimaryContact(false));
        }
    }

    private static ContactProfile validated(ContactProfile p) {
        List<FieldViolation> violations = new ArrayList<>();
        if (p.name() == null || p.name().isEmpty()) {
            violations.add(new FieldViolation("name", "NotBlank"));
        }
        String mobile = phone(violations, "mobile", p.mobile());
        String phone = phone(violations, "phone", p.phone());
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return new ContactProfile(p.name(), p.gender(), p.title(), p.department(), mobile, phone,
                p.email() == null ? null : p.email().toLowerCase(Locale.ROOT), p.wechat(), p.birthday(), p.closeness(),
                p.influence(), p.decisionRole(), p.primaryContact(), p.remark());
    }

    private static String phone(List<FieldViolation> violations, String field, String raw) {
        if (raw == null) {
            return null;
        }
        return Phones.normalise(raw).orElseGet(() -> {
            violations.add(new FieldViolation(field, "validation.phone"));
            return null;
        });
    }

    private Specification<Contact> matching(ContactFilter f, ContactSearch search) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (search != null) {
                all.add(search.predicate(root, cb));
            }
            if (f.customerId() != null) {
                all.add(cb.equal(root.get("customerId"), f.customerId()));
            }
            if (f.decisionRole() != null) {
                all.add(cb.equal(root.get("decisionRole"), f.decisionRole()));
            }
            if (Boolean.TRUE.equals(f.primaryOnly())) {
                all.add(cb.isTrue(root.get("primaryContact")));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private PageResult<ContactView> page(PageResult<Contact> page) {
        return page.withItems(views.of(page.items()));
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String pick(String patch, String current) {
        return patch == null ? current : blank(patch);
    }
}
