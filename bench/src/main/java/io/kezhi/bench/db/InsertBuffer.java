package io.kezhi.bench.db;

import java.util.ArrayList;
import java.util.List;

/** Rows kept as values, for multi-row INSERT statements. */
final class InsertBuffer extends TableBuffer {

    private final List<Object[]> rows = new ArrayList<>();

    InsertBuffer(Table table) {
        super(table);
    }

    @Override
    void append(Object[] values) {
        rows.add(values);
    }

    @Override
    public void complete() {
    }

    List<Object[]> values() {
        return rows;
    }
}
