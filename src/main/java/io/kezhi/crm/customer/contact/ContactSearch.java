package io.kezhi.crm.customer.contact;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.customer.account.PhoneIndex;
import io.kezhi.crm.identity.FieldPolicies;
import io.kezhi.crm.shared.db.NameGrams;
import io.kezhi.crm.shared.db.SqlVendor;
import io.kezhi.crm.shared.jpa.InLists;
import io.kezhi.crm.shared.jpa.Likes;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The contact list's search box: the name contains the text (any case); the name's pinyin starts with
 * it; one of the contact's numbers starts with its digits; or, for a text of {@value #EMAIL_MIN}
 * characters and more, the email contains it. On PostgreSQL every branch is one an index answers (the
 * name's grams for one or two characters and its trigrams from three, V2_37; the pinyin's index, V2_36;
 * the phone lookup; the email's trigrams, V2_37), so that the search finds its matches through them and
 * sorts them ({@link #findsMatchesFirst}). Tested on every contact instead, as the list was read in order,
 * a department manager's or the company's search took 2-4 s for most texts on the benchmark data.
 */
final class ContactSearch {

    /** How long a text must be to be looked for inside emails (a trigram index needs three characters). */
    static final int EMAIL_MIN = 3;

    private final String text;
    private final String lower;
    private final boolean postgres;
    private final Numbers numbers;
    private final boolean emails;

    /**
     * How the search looks for numbers: the contacts with a number starting with the digits, found in the
     * phone lookup ({@code byLookup}) when both of a contact's numbers may be seen and few enough match;
     * otherwise the mobile containing the digits ({@link #mobileOnly}: a hidden phone must not be probed
     * through search; many matches are found as the list is read). Not at all when the mobile is hidden,
     * or the text is not a number.
     */
    private record Numbers(String digits, Optional<List<Long>> byLookup) {

        boolean mobileOnly() {
            return byLookup.isEmpty();
        }
    }

    private ContactSearch(String text, boolean postgres, Numbers numbers, boolean emails) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.postgres = postgres;
        this.numbers = numbers;
        this.emails = emails;
    }

    /**
     * Whether the list finds the search's matches through their indexes and sorts them, instead of
     * reading the contacts in list order and testing each: on PostgreSQL, unless the text is a number so
     * many contacts have (a prefix such as 138) that they are found as the list is read. Read in order, a
     * text the order gathers in one place (a surname, a pinyin: 张, zhang) was looked for in every contact
     * before it: 1.5-4 s for a department's or the company's search (benchmark data).
     */
    boolean findsMatchesFirst() {
        return postgres && (numbers == null || !numbers.mobileOnly());
    }

    Predicate predicate(Root<Contact> root, CriteriaBuilder cb) {
        List<Predicate> any = new ArrayList<>();
        any.add(NameGrams.contains(cb, root.get("name"), text, postgres));
        if (lower.matches("[a-z0-9]+")) {
            any.add(cb.like(root.get("namePinyin"), Likes.startsWith(lower), Likes.ESCAPE));
        }
        if (numbers != null && numbers.mobileOnly()) {
            any.add(cb.like(root.get("mobile"), Likes.contains(numbers.digits()), Likes.ESCAPE));
        } else if (numbers != null && !numbers.byLookup().orElseThrow().isEmpty()) {
            any.add(InLists.in(root.get("id"), numbers.byLookup().get()));
        }
        if (emails) {
            any.add(cb.like(cb.lower(root.get("email")), Likes.contains(lower), Likes.ESCAPE));
        }
        return cb.or(any.toArray(Predicate[]::new));
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

        ContactSearch of(String text) {
            String typed = text.replaceAll("[\\s()+\\-]", "");
            Numbers numbers = null;
            if (typed.matches("\\d{3,}") && !hidden("mobile")) {
                String digits = PhoneIndex.digitsOf(typed);
                Optional<List<Long>> byLookup = hidden("phone") ? Optional.empty() : phones.contactsByPrefix(digits);
                // too many numbers to list (a prefix such as 138): many contacts match, tested as they are read
                numbers = new Numbers(digits, byLookup);
            }
            boolean emails = text.codePointCount(0, text.length()) >= EMAIL_MIN && !hidden("email");
            return new ContactSearch(text, vendor == SqlVendor.POSTGRESQL, numbers, emails);
        }

        private boolean hidden(String field) {
            return fieldPolicies.isHidden(CustomerRecordTypes.CONTACT, field);
        }
    }
}
