package io.kezhi.crm.shared.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. {@code hasMore} comes from fetching one row beyond the page, so lists never
 * need a full count; {@code total} is filled only when the client asked for it.
 */
public record PageResult<T>(List<T> items, int page, int size, boolean hasMore, Long total) {

    public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResult<>(items.stream().<R>map(mapper).toList(), page, size, hasMore, total);
    }

    /** Builds a page from a query that fetched up to {@code size + 1} rows. */
    public static <T> PageResult<T> fromOverfetch(List<T> rows, ListQuery query, Long total) {
        boolean more = rows.size() > query.size();
        List<T> items = more ? List.copyOf(rows.subList(0, query.size())) : List.copyOf(rows);
        return new PageResult<>(items, query.page(), query.size(), more, total);
    }
}
