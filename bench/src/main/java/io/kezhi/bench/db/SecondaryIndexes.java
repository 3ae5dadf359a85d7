package io.kezhi.bench.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The non-unique secondary indexes ({@code ix_*}) of the tables being loaded, as Flyway created them
 * (common and vendor migrations): read from the catalog, dropped for the load, and created again from
 * exactly those definitions afterwards. Primary keys, unique constraints and the indexes MariaDB keeps
 * for foreign keys stay in place throughout.
 */
public final class SecondaryIndexes {

    /** One index: its table, name and the statement that creates it. */
    public record Index(String table, String name, String definition) {
    }

    private final Database database;
    private final List<Index> indexes;

    private SecondaryIndexes(Database database, List<Index> indexes) {
        this.database = database;
        this.indexes = indexes;
    }

    public static SecondaryIndexes of(Database database, List<String> tables) throws SQLException {
        return new SecondaryIndexes(database, read(database, tables));
    }

    public List<Index> indexes() {
        return indexes;
    }

    public void drop() throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            for (Index index : indexes) {
                s.execute(database.vendor() == Vendor.POSTGRES ? "DROP INDEX " + index.name()
                        : "ALTER TABLE " + index.table() + " DROP INDEX " + index.name());
            }
        }
    }

    /**
     * Creates the indexes again, two sessions at a time (PostgreSQL; one ALTER TABLE per table on
     * MariaDB, in the original order), then checks the catalog shows exactly the definitions read before.
     */
    public void recreate(List<String> tables) throws SQLException, InterruptedException {
        Map<String, List<Index>> byTable = new LinkedHashMap<>();
        indexes.forEach(i -> byTable.computeIfAbsent(i.table(), t -> new ArrayList<>()).add(i));
        List<String> statements = new ArrayList<>();
        if (database.vendor() == Vendor.POSTGRES) {
            indexes.forEach(i -> statements.add(i.definition()));
        } else {
            byTable.forEach((table, list) -> statements.add("ALTER TABLE " + table + " " + String.join(", ",
                    list.stream().map(i -> "ADD " + i.definition()).toList())));
        }
        ExecutorService sessions = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String statement : statements) {
                done.add(sessions.submit(() -> {
                    try (Connection c = database.connect(); Statement s = c.createStatement()) {
                        if (database.vendor() == Vendor.POSTGRES) {
                            s.execute("SET maintenance_work_mem = '1GB'");
                        }
                        s.execute(statement);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new SQLException("re-creating an index failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            sessions.shutdown();
        }
        List<Index> now = read(database, tables);
        if (!now.equals(indexes)) {
            throw new IllegalStateException("indexes differ from the migrations' after re-creating them:\nbefore "
                    + indexes + "\nafter  " + now);
        }
    }

    private static List<Index> read(Database database, List<String> tables) throws SQLException {
        List<Index> found = new ArrayList<>();
        try (Connection c = database.connect()) {
            if (database.vendor() == Vendor.POSTGRES) {
                readPostgres(c, tables, found);
            } else {
                readMariaDb(c, tables, found);
            }
        }
        return found;
    }

    private static void readPostgres(Connection c, List<String> tables, List<Index> found) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT t.relname, i.relname, pg_get_indexdef(i.oid)
                FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
                WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY (?)
                  AND NOT x.indisunique AND NOT x.indisprimary AND i.relname LIKE 'ix\\_%'
                ORDER BY t.relname, i.relname""")) {
            s.setArray(1, c.createArrayOf("text", tables.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new Index(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
    }

    /** In the table's key order (SHOW INDEX), so that they come back in the order the migrations made them. */
    private static void readMariaDb(Connection c, List<String> tables, List<Index> found) throws SQLException {
        for (String table : tables) {
            Map<String, List<String>> columns = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW INDEX FROM " + table)) {
                while (rs.next()) {
                    String name = rs.getString("Key_name");
                    if (rs.getInt("Non_unique") == 1 && name.startsWith("ix_")) {
                        Object part = rs.getObject("Sub_part");
                        columns.computeIfAbsent(name, k -> new ArrayList<>())
                                .add(rs.getString("Column_name") + (part == null ? "" : "(" + part + ")"));
                    }
                }
            }
            columns.forEach((name, cols) -> found.add(new Index(table, name,
                    "INDEX " + name + " (" + String.join(", ", cols) + ")")));
        }
    }
}
