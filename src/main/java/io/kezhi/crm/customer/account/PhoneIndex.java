package io.kezhi.crm.customer.account;

import io.kezhi.crm.shared.Phones;
import io.kezhi.crm.shared.jpa.Likes;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Every phone number of a customer and of its contacts as the digits a person dials, so a caller is
 * found by number (exact or prefix) with one indexed lookup, whichever field holds the number.
 */
@Component
public class PhoneIndex {

    /** The contact id under which a customer's own numbers are indexed. */
    static final long CUSTOMER_OWN = 0L;

    private final TenantJdbc jdbc;

    PhoneIndex(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void indexCustomer(long customerId, String... phones) {
        replace(customerId, CUSTOMER_OWN, phones);
    }

    /**
     * The customers' own numbers for many customers at once (imports): one delete and multi-row
     * inserts instead of statements per customer.
     */
    public void indexCustomers(Map<Long, List<String>> phonesByCustomer) {
        if (phonesByCustomer.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM phone_lookup WHERE tenant_id = :tenantId AND contact_id = :co AND customer_id IN (:ids)",
                Map.of("co", CUSTOMER_OWN, "ids", phonesByCustomer.keySet())).update();
        indexNewCustomers(phonesByCustomer);
    }

    /** The own numbers of customers just created (imports): nothing to replace, multi-row inserts only. */
    public void indexNewCustomers(Map<Long, List<String>> phonesByCustomer) {
        List<Object[]> rows = new ArrayList<>();
        phonesByCustomer.forEach((customerId, phones) -> phones.stream().filter(Objects::nonNull)
                .map(Phones::storedNationalDigits).flatMap(Optional::stream).distinct()
                .forEach(d -> rows.add(new Object[] {customerId, CUSTOMER_OWN, d})));
        jdbc.insertRows("phone_lookup", List.of("customer_id", "contact_id", "digits"), rows);
    }

    public void indexContact(long customerId, long contactId, String... phones) {
        replace(customerId, contactId, phones);
    }

    public void removeContact(long contactId) {
        jdbc.sql("DELETE FROM phone_lookup WHERE tenant_id = :tenantId AND contact_id = :c", Map.of("c", contactId))
                .update();
    }

    /** A contact moved to another customer (merge): its numbers follow it. */
    public void moveContact(long contactId, long toCustomerId) {
        jdbc.sql("UPDATE phone_lookup SET customer_id = :to WHERE tenant_id = :tenantId AND contact_id = :c",
                Map.of("to", toCustomerId, "c", contactId)).update();
    }

    /** Customers with a number starting with the given digits (whole numbers match too). */
    public List<Long> customersByDigits(String digits, int limit) {
        return jdbc.sql("SELECT DISTINCT customer_id FROM phone_lookup WHERE tenant_id = :tenantId"
                + " AND digits LIKE :p ESCAPE '!' ORDER BY customer_id LIMIT :limit",
                Map.of("p", Likes.startsWith(digits), "limit", limit)).query(Long.class).list();
    }

    /** At most this many customers are named in a search by number; more and the search uses a subquery. */
    static final int MAX_LISTED = 1000;

    /**
     * The customers with a number starting with these digits, their own numbers and/or their
     * contacts', or empty when more than {@link #MAX_LISTED} numbers match (the prefix is too short
     * to be worth listing).
     */
    Optional<List<Long>> customersByPrefix(String digits, boolean customers, boolean contacts) {
        String whose = customers && contacts ? "" : customers ? " AND contact_id = :co" : " AND contact_id <> :co";
        return listedByPrefix("customer_id", whose, digits);
    }

    /** The contacts with a number starting with these digits, or empty when more than {@link #MAX_LISTED} match. */
    public Optional<List<Long>> contactsByPrefix(String digits) {
        return listedByPrefix("contact_id", " AND contact_id <> :co", digits);
    }

    /** The distinct {@code column} of the numbers starting with the digits that {@code whose} keeps, if few enough. */
    private Optional<List<Long>> listedByPrefix(String column, String whose, String digits) {
        List<Long> found = jdbc.sql("SELECT " + column + " FROM phone_lookup WHERE tenant_id = :tenantId"
                + " AND digits LIKE :p ESCAPE '!'" + whose + " LIMIT :limit",
                Map.of("p", Likes.startsWith(digits), "co", CUSTOMER_OWN, "limit", MAX_LISTED + 1))
                .query(Long.class).list();
        return found.size() > MAX_LISTED ? Optional.empty() : Optional.of(found.stream().distinct().toList());
    }

    /** The digits a person would dial for a number typed in any usual way, or the bare digits typed. */
    public static String digitsOf(String input) {
        return Phones.nationalDigits(input).orElseGet(() -> input.replaceAll("\\D", ""));
    }

    private void replace(long customerId, long contactId, String... phones) {
        jdbc.sql("DELETE FROM phone_lookup WHERE tenant_id = :tenantId AND customer_id = :cu AND contact_id = :co",
                Map.of("cu", customerId, "co", contactId)).update();
        Set<String> digits = new LinkedHashSet<>();
        Stream.of(phones).filter(Objects::nonNull).map(Phones::nationalDigits).flatMap(o -> o.stream())
                .forEach(digits::add);
        for (String d : digits) {
            jdbc.sql("INSERT INTO phone_lookup (tenant_id, customer_id, contact_id, digits)"
                    + " VALUES (:tenantId, :cu, :co, :d)", Map.of("cu", customerId, "co", contactId, "d", d)).update();
        }
    }
}
