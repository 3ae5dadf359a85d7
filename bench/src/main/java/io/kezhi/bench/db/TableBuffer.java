package io.kezhi.bench.db;

/** A row buffer for one table that refuses rows with the wrong number of values. */
abstract class TableBuffer implements RowBuffer {

    private final Table table;
    private int rows;

    TableBuffer(Table table) {
        this.table = table;
    }

    @Override
    public final Table table() {
        return table;
    }

    @Override
    public final void add(Object... values) {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(table.name() + ": " + values.length + " values for "
                    + table.columns().size() + " columns");
        }
        append(values);
        rows++;
    }

    abstract void append(Object[] values);

    @Override
    public final int rows() {
        return rows;
    }
}
