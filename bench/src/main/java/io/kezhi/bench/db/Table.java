package io.kezhi.bench.db;

import java.util.List;

/** A table and the columns the generator fills, in the order rows give their values. */
public record Table(String name, List<String> columns) {

    public static Table of(String name, String... columns) {
        return new Table(name, List.of(columns));
    }

    public String columnList() {
        return String.join(", ", columns);
    }
}
