package io.kezhi.bench.db;

/**
 * Rows for one table, collected by a generator thread and written later by the loader. Values are
 * Long, Integer, String, Boolean, java.time.Instant (UTC), java.time.LocalDate or null.
 */
public interface RowBuffer {

    Table table();

    void add(Object... values);

    int rows();

    /** No more rows: the buffer may now prepare itself for writing (still on the generating thread). */
    void complete();
}
