package io.kezhi.crm.customer.account;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.identity.FieldPolicies;
import io.kezhi.crm.shared.db.NameGrams;
import io.kezhi.crm.shared.db.SqlVendor;
import io.kezhi.crm.shared.jpa.InLists;
import io.kezhi.crm.shared.jpa.Likes;
import io.kezhi.crm.shared.jpa.TenantCriteria;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The customer search box: the name contains the text (any case; on PostgreSQL through an index: the
 * trigram index from three characters, {@link NameGrams} for one or two); the name's
 * pinyin or initials start with it; or one of the customer's or its contacts' numbers starts with
 * its digits. Every branch is one the database can answer from an index, and numbers matching a
 * prefix are looked up first, so that the branches combine through their indexes (a bitmap OR)
 * instead of a scan that tests every customer.
 */
final class CustomerSearch {

    private final String text;
    private final String lower;
    private final boolean postgres;
    /** Whether the scope reaches few customers (see {@link Factory#of(String, boolean)}). */
    private final boolean fewCustomers;
    /** Customers with a number starting with the digits: empty list for none, empty optional for too many to list. */
    private final Optional<List<Long>> byNumber;
    private final NumberSearch numbers;

    /** Whose numbers the caller may search by: a hidden phone field must not be probed through search. */
    record NumberSearch(String digits, boolean customers, boolean contacts) {

        boolean applies() {
            return digits != null && (customers || contacts);
        }
    }

    private CustomerSearch(String text, boolean postgres, boolean fewCustomers, NumberSearch numbers,
            Optional<List<Long>> byNumber) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.postgres = postgres;
        this.fewCustomers = fewCustomers;
        this.numbers = numbers;
        this.byNumber = byNumber;
    }

    Predicate predicate(Root<Customer> root, CommonAbstractCriteria query, CriteriaBuilder cb) {
        List<Predicate> any = new ArrayList<>();
        Expression<String> name = root.get("name");
        if (postgres && fewCustomers) {
            any.add(cb.isTrue(cb.coalesce(cb.like(cb.lower(name), Likes.contains(text), Likes.ESCAPE), false)));
        } else {
            any.add(NameGrams.contains(cb, name, text, postgres));
        }
        if (lower.matches("[a-z0-9]+")) {
            any.add(cb.like(root.get("namePinyin"), Likes.startsWith(lower), Likes.ESCAPE));
            any.add(cb.like(root.get("nameInitials"), Likes.startsWith(lower), Likes.ESCAPE));
        }
        if (numbers.applies()) {
            if (byNumber.isPresent()) {
                if (!byNumber.get().isEmpty()) {
                    any.add(InLists.in(root.get("id"), byNumber.get()));
                }
            } else {
                any.add(root.get("id").in(numberSubquery(query, cb)));
            }
        }
        return cb.or(any.toArray(Predicate[]::new));
    }

    private Subquery<Long> numberSubquery(CommonAbstractCriteria query, CriteriaBuilder cb) {
        Subquery<Long> phones = query.subquery(Long.class);
        Root<PhoneLookupRow> row = phones.from(PhoneLookupRow.class);
        Predicate prefix = cb.like(row.get("digits"), Likes.startsWith(numbers.digits()), Likes.ESCAPE);
        Expression<Long> contact = row.get("contactId");
        if (!numbers.customers()) {
            prefix = cb.and(prefix, cb.notEqual(contact, PhoneIndex.CUSTOMER_OWN));
        } else if (!numbers.contacts()) {
            prefix = cb.and(prefix, cb.equal(contact, PhoneIndex.CUSTOMER_OWN));
        }
        return phones.select(row.get("customerId")).where(TenantCriteria.ofCurrentCompany(cb, row), prefix);
    }

    /** Prepares a search for the current caller (field policies, numbers looked up once). */
    @Component
    static class Factory {

        private final FieldPolicies fieldPolicies;
        private final PhoneIndex phones;
        private final SqlVendor vendor;

        Factory(FieldPolicies fieldPolicies, PhoneIndex phones, SqlVendor vendor) {
            this.fieldPolicies = fieldPolicies;
            this.phones = phones;
            this.vendor = vendor;
        }

        CustomerSearch of(String text) {
            return of(text, false);
        }

        /**
         * A search within a scope that reaches few customers (a user's own, and those shared with
         * them) tests each of them on PostgreSQL with a plain {@code LIKE} that no index serves
         * ({@code coalesce} hides it from the name indexes): for a common text, combining the owner
         * index with the name gram or trigram index read tens of thousands of index entries (a rep's
         * search for 科技: 10-16 ms), while the LIKE on the rep's ~400 names from the owner index
         * takes 0.7 ms (benchmark data).
         */
        CustomerSearch of(String text, boolean fewCustomers) {
            String typed = text.replaceAll("[\\s()+\\-]", "");
            String digits = typed.matches("\\d{3,}") ? PhoneIndex.digitsOf(typed) : null;
            NumberSearch numbers = new NumberSearch(digits,
                    !hidden(CustomerRecordTypes.CUSTOMER, "phone") && !hidden(CustomerRecordTypes.CUSTOMER, "phone2"),
                    !hidden(CustomerRecordTypes.CONTACT, "mobile") && !hidden(CustomerRecordTypes.CONTACT, "phone"));
            Optional<List<Long>> byNumber = numbers.applies()
                    ? phones.customersByPrefix(digits, numbers.customers(), numbers.contacts())
                    : Optional.of(List.of());
            return new CustomerSearch(text, vendor == SqlVendor.POSTGRESQL, fewCustomers, numbers, byNumber);
        }

        private boolean hidden(String entity, String field) {
            return fieldPolicies.isHidden(entity, field);
        }
    }
}
