package io.kezhi.bench.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Planner statistics after a load, and the sizes to report. */
public final class TableStatistics {

    private TableStatistics() {
    }

    /**
     * ANALYZE, so the planner knows the new rows. On PostgreSQL as VACUUM (ANALYZE): it also sets the
     * visibility map and hint bits at once, instead of autovacuum doing it in the middle of a benchmark.
     */
    public static void analyze(Database database, List<String> tables) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute(database.vendor() == Vendor.POSTGRES ? "VACUUM (ANALYZE) " + table : "ANALYZE TABLE " + table);
            }
        }
    }

    public static Map<String, Long> rowCounts(Database database, List<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, database.queryLong("SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    /** Bytes of data and indexes of the whole database. */
    public static long databaseBytes(Database database) throws SQLException {
        return database.queryLong(database.vendor() == Vendor.POSTGRES ? "SELECT pg_database_size(current_database())"
                : "SELECT SUM(data_length + index_length) FROM information_schema.TABLES WHERE table_schema = DATABASE()");
    }
}
