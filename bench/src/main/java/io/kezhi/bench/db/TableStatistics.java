package io.kezhi.bench.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /**
     * {@link #analyze} every other table of the schema: those the generator wrote through the API
     * (users, departments, roles, the company, dictionaries, pools). A server with autovacuum on analyzes
     * them soon after; one with it off (a CI configuration) never does, and without statistics PostgreSQL
     * read all 1,000 users through the wrong index in the account check that precedes every request
     * (0.6 ms instead of 0.03 ms; measured 2026-12-04).
     */
    public static void analyzeAllBut(Database database, List<String> analyzed) throws SQLException {
        List<String> rest = new ArrayList<>();
        try (Connection c = database.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
                        + " AND table_schema = " + (database.vendor() == Vendor.POSTGRES ? "current_schema()" : "DATABASE()"))) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (!analyzed.contains(table.toLowerCase(Locale.ROOT))) {
                    rest.add(table);
                }
            }
        }
        analyze(database, rest);
    }

    /** PostgreSQL: the tables holding rows that the planner has no statistics of (never analyzed). */
    public static List<String> withoutStatistics(Database database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = database.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NULL"
                        + " AND last_autoanalyze IS NULL AND n_live_tup > 0 ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
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
