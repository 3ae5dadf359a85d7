package io.kezhi.crm.customer.overview;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.customer.account.Customer;
import io.kezhi.crm.customer.account.CustomerAccess;
import io.kezhi.crm.customer.account.CustomerRepository;
import io.kezhi.crm.customer.account.CustomerView;
import io.kezhi.crm.customer.account.CustomerViews;
import io.kezhi.crm.customer.account.PhoneIndex;
import io.kezhi.crm.identity.FieldPolicies;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the customer behind a phone number (the customer's or a contact's), an ID number or a
 * membership card number, with its recent history: for service desks and incoming calls. Only
 * customers the caller may view are found.
 */
@Service
public class CustomerLookup {

    static final int MAX_MATCHES = 10;
    static final int HISTORY = 10;

    /** A customer found, the contacts whose number matched, and its latest timeline entries. */
    public record LookupMatch(CustomerView customer, List<String> matchedContacts,
            CustomerTimeline.TimelinePage history) {
    }

    private final CustomerAccess access;
    private final CustomerRepository customers;
    private final CustomerViews views;
    private final CustomerTimeline timeline;
    private final TenantJdbc jdbc;
    private final FieldPolicies fieldPolicies;

    CustomerLookup(CustomerAccess access, CustomerRepository customers, CustomerViews views, CustomerTimeline timeline,
            TenantJdbc jdbc, FieldPolicies fieldPolicies) {
        this.access = access;
        this.customers = customers;
        this.views = views;
        this.timeline = timeline;
        this.jdbc = jdbc;
        this.fieldPolicies = fieldPolicies;
    }

    @Transactional(readOnly = true)
    public List<LookupMatch> lookup(String phone, String idNumber, String membershipNo) {
        int given = (blank(phone) ? 0 : 1) + (blank(idNumber) ? 0 : 1) + (blank(membershipNo) ? 0 : 1);
        if (given != 1) {
            throw ApiException.invalidField("phone", "customer.validation.lookupOneKey");
        }
        Map<String, Object> p = new HashMap<>();
        p.put("limit", MAX_MATCHES);
        String viewable = access.viewableSql("c", p);
        List<Long> ids;
        Map<Long, List<String>> contacts = new HashMap<>();
        if (!blank(phone)) {
            String digits = PhoneIndex.digitsOf(phone);
            if (digits.length() < 5) {
                throw ApiException.invalidField("phone", "customer.validation.lookupPhone");
            }
            p.put("digits", digits);
            // a number in a field hidden from the caller must not find its customer
            boolean customerNumbers = visible(CustomerRecordTypes.CUSTOMER, "phone", "phone2");
            boolean contactNumbers = visible(CustomerRecordTypes.CONTACT, "mobile", "phone");
            if (!customerNumbers && !contactNumbers) {
                return List.of();
            }
            String whose = customerNumbers && contactNumbers ? "" : customerNumbers ? " AND l.contact_id = 0"
                    : " AND l.contact_id <> 0";
            ids = jdbc.sql("SELECT DISTINCT c.id FROM phone_lookup l JOIN customer c ON c.id = l.customer_id"
                    + " WHERE l.tenant_id = :tenantId AND l.digits = :digits AND c.tenant_id = :tenantId" + whose
                    + " AND c.deleted_at IS NULL AND " + viewable + " ORDER BY c.id LIMIT :limit", p)
                    .query(Long.class).list();
            if (!ids.isEmpty()) {
                jdbc.sql("SELECT l.customer_id, k.name FROM phone_lookup l JOIN contact k ON k.id = l.contact_id"
                        + " WHERE l.tenant_id = :tenantId AND l.digits = :digits AND l.customer_id IN (:ids)"
                        + " AND k.deleted_at IS NULL", Map.of("digits", digits, "ids", ids))
                        .query((rs, i) -> contacts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(rs.getString(2))).list();
            }
        } else {
            boolean byId = !blank(idNumber);
            if (!visible(CustomerRecordTypes.CUSTOMER, byId ? "idNumber" : "membershipNo")) {
                return List.of();
            }
            p.put("value", byId ? idNumber.trim().toUpperCase(Locale.ROOT) : membershipNo.trim());
            ids = jdbc.sql("SELECT c.id FROM customer c WHERE c.tenant_id = :tenantId AND c.deleted_at IS NULL AND "
                    + (byId ? "c.id_number" : "c.membership_no") + " = :value AND " + viewable
                    + " ORDER BY c.id LIMIT :limit", p).query(Long.class).list();
        }
        List<Customer> found = customers.findAllById(ids).stream().sorted(Comparator.comparing(Customer::getId))
                .toList();
        return views.of(found).stream().map(v -> new LookupMatch(v, contacts.getOrDefault(v.id(), List.of()),
                timeline.page(v.id(), null, HISTORY))).toList();
    }

    private boolean visible(String entity, String... fields) {
        for (String field : fields) {
            if (fieldPolicies.isHidden(entity, field)) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
