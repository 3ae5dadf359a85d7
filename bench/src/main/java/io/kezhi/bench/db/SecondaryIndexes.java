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
     * MariaDB), then checks the catalog shows exactly the definitions read before.
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
        if (!new java.util.HashSet<>(now).equals(new java.util.HashSet<>(indexes))) {
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

    private static void readMariaDb(Connection c, List<String> tables, List<Index> found) throws SQLException {
        String in = String.join(", ", tables.stream().map(t -> "'" + t + "'").toList());
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME, SUB_PART FROM information_schema.STATISTICS
                WHERE TABLE_SCHEMA = DATABASE() AND NON_UNIQUE = 1 AND INDEX_NAME LIKE 'ix\\_%'
                  AND TABLE_NAME IN (""" + in + ") ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX")) {
            while (rs.next()) {
                String column = rs.getString(3) + (rs.getObject(4) == null ? "" : "(" + rs.getInt(4) + ")");
                columns.computeIfAbsent(rs.getString(1) + "\t" + rs.getString(2), k -> new ArrayList<>()).add(column);
            }
        }
        columns.forEach((key, cols) -> {
            String[] tableAndName = key.split("\t");
            found.add(new Index(tableAndName[0], tableAndName[1],
                    "INDEX " + tableAndName[1] + " (" + String.join(", ", cols) + ")"));
        });
    }
}
