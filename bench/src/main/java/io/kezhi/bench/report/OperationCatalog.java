package io.kezhi.bench.report;

import java.util.List;

/**
 * The operations the issue asks to measure, with their targets (p95 on this 2-core machine, full scale,
 * PostgreSQL) and whether the application has them yet. Operations of modules that have not landed are
 * listed as not available, never measured against something else.
 */
public final class OperationCatalog {

    /** One operation: report name, what it is, p95 target in ms (0: none of its own), available today. */
    public record Operation(String name, String description, int targetP95Millis, boolean available) {
    }

    public static final List<Operation> ALL = List.of(
            new Operation("customer-list", "scoped customer list, filter and sort", 30, true),
            new Operation("search-name-infix", "search: two-character Chinese fragment inside a name", 50, true),
            new Operation("search-name-prefix", "search: start of a name", 50, true),
            new Operation("search-pinyin", "search: pinyin or initials prefix", 50, true),
            new Operation("search-phone", "search: 7-9 digit phone prefix", 50, true),
            new Operation("search-contact", "contact search: name, pinyin, email or number start", 50, true),
            new Operation("customer-360", "customer 360 (overview)", 60, true),
            new Operation("customer-360-timeline", "customer 360 timeline, first page", 60, true),
            new Operation("contact-list", "scoped contact list", 0, true),
            new Operation("follow-up-list", "scoped follow-up list, newest first", 0, true),
            new Operation("follow-up-entry", "follow-up entry (POST)", 0, true),
            new Operation("opportunity-kanban", "opportunity kanban (sales module)", 300, false),
            new Operation("sales-funnel", "sales funnel (sales module)", 300, false),
            new Operation("top-n", "Top N report (reporting module)", 0, false),
            new Operation("receivables-due", "receivables due (finance module)", 0, false));

    /** The names of the operations the application has, in report order. */
    public static final List<String> AVAILABLE = ALL.stream().filter(Operation::available).map(Operation::name)
            .toList();

    private OperationCatalog() {
    }

    /** The list a search operation searches: the contact list's for {@code search-contact}, else the customers'. */
    public static String searchedList(String operation) {
        return operation.equals("search-contact") ? "/api/v1/contacts" : "/api/v1/customers";
    }

    public static Operation named(String name) {
        return ALL.stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown operation " + name));
    }
}
