package io.kezhi.crm.shared.web;

import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.error.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Validated paging and sorting of a list request: {@code page} 1..100,000, {@code size} 1..200,
 * {@code sort} as {@code field,asc;other,desc} (or repeated) using only the fields a list allows.
 */
public record ListQuery(int page, int size, List<SortOrder> sort, boolean includeTotal) {

    public static final int MAX_SIZE = 200;
    /** Pages beyond this are refused: their offset would not fit an int, and no one pages so far. */
    public static final int MAX_PAGE = 100_000;

    public record SortOrder(String property, boolean ascending) {
    }

    /**
     * @param allowedSorts API sort field to entity property (or column) name
     * @param defaultSort  used when the request names none
     */
    public static ListQuery of(Integer page, Integer size, String sort, boolean includeTotal,
            Map<String, String> allowedSorts, SortOrder defaultSort) {
        List<FieldViolation> violations = new ArrayList<>();
        int p = page == null ? 1 : page;
        int s = size == null ? 20 : size;
        if (p < 1) {
            violations.add(new FieldViolation("page", "Min", 1));
        } else if (p > MAX_PAGE) {
            violations.add(new FieldViolation("page", "Max", MAX_PAGE));
        }
        if (s < 1 || s > MAX_SIZE) {
            violations.add(new FieldViolation("size", "validation.pageSize", MAX_SIZE));
        }
        List<SortOrder> orders = new ArrayList<>();
        if (sort != null && !sort.isBlank()) {
            for (String part : sort.split(";")) {
                String[] bits = part.trim().split(",");
                String field = bits[0].trim();
                String direction = bits.length > 1 ? bits[1].trim().toLowerCase(Locale.ROOT) : "asc";
                String property = allowedSorts.get(field);
                if (property == null || bits.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
                    violations.add(new FieldViolation("sort", "validation.sortField", field,
                            String.join(", ", allowedSorts.keySet())));
                    continue;
                }
                orders.add(new SortOrder(property, direction.equals("asc")));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        if (orders.isEmpty() && defaultSort != null) {
            orders.add(defaultSort);
        }
        return new ListQuery(p, s, List.copyOf(orders), includeTotal);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
