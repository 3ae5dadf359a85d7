package io.kezhi.crm.shared.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. {@code hasMore} comes from fetching one row beyond the page, so lists never
 * need a full count; {@code total} is filled only when the client asked for it. A total may stop
 * counting at a bound ({@code totalCapped}: there are more rows than {@code total}), for lists where
 * counting every row would cost more than the page.
 */
public record PageResult<T>(List<T> items, int page, int size, boolean hasMore, Long total, boolean totalCapped) {

    public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
        return withItems(items.stream().<R>map(mapper).toList());
    }

    /** The same page with its items replaced (e.g. the entities by their views, in the same order). */
    public <R> PageResult<R> withItems(List<R> replaced) {
        return new PageResult<>(replaced, page, size, hasMore, total, totalCapped);
    }

    /** Builds a page from a query that fetched up to {@code size + 1} rows. */
    public static <T> PageResult<T> fromOverfetch(List<T> rows, ListQuery query, Long total) {
        return fromOverfetch(rows, query, total, false);
    }

    /** As {@link #fromOverfetch(List, ListQuery, Long)}, with a total that may have stopped at a bound. */
    public static <T> PageResult<T> fromOverfetch(List<T> rows, ListQuery query, Long total, boolean totalCapped) {
        boolean more = rows.size() > query.size();
        List<T> items = more ? List.copyOf(rows.subList(0, query.size())) : List.copyOf(rows);
        return new PageResult<>(items, query.page(), query.size(), more, total, total != null && totalCapped);
    }
}
