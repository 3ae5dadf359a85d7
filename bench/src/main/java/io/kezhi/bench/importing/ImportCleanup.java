package io.kezhi.bench.importing;

import io.kezhi.bench.db.Vendor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes the imported customers out again, so that the next run (and --reuse) finds the data set as
 * generated: the customers of the company created since the import started (nothing else creates
 * customers at that point of the run), their rows in every table with a customer_id column, and their
 * history rows; then (PostgreSQL) those tables are vacuumed. Returns how many customers it removed.
 */
final class ImportCleanup {

    private ImportCleanup() {
    }

    static int removeCreatedSince(Connection c, long tenantId, Timestamp since) throws SQLException {
        boolean postgres = Vendor.of(c) == Vendor.POSTGRES;
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            // MariaDB has no ON COMMIT DROP: its temporary table is dropped below, after the commit
            s.execute(postgres ? "CREATE TEMP TABLE bench_imported (id bigint PRIMARY KEY) ON COMMIT DROP"
                    : "CREATE TEMPORARY TABLE bench_imported (id bigint PRIMARY KEY)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO bench_imported SELECT id FROM customer"
                    + " WHERE tenant_id = ? AND created_at >= ?")) {
                p.setLong(1, tenantId);
                p.setTimestamp(2, since);
                p.executeUpdate();
            }
            List<String> touched = new ArrayList<>(tablesWithCustomerId(c, postgres));
            for (String table : touched) {
                s.executeUpdate("DELETE FROM " + table + " WHERE customer_id IN (SELECT id FROM bench_imported)");
            }
            s.executeUpdate("DELETE FROM customer_aud WHERE id IN (SELECT id FROM bench_imported)");
            int removed = s.executeUpdate("DELETE FROM customer WHERE id IN (SELECT id FROM bench_imported)");
            c.commit();
            touched.addAll(List.of("customer_aud", "customer"));
            c.setAutoCommit(true);
            if (postgres) {
                vacuum(c, touched);
            } else {
                s.execute("DROP TEMPORARY TABLE bench_imported");
            }
            return removed;
        } catch (SQLException e) {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * On PostgreSQL the deleted rows stay in the tables and their indexes as dead entries until a vacuum:
     * about 84k customers and their rows after each import, below autovacuum's threshold on 1M rows, yet
     * enough to slow the next run's index scans (seen: searches' p95 up by half). Vacuumed at once, the
     * next run finds the data set as generated. (InnoDB purges deleted rows itself.)
     */
    private static void vacuum(Connection c, List<String> tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("VACUUM (ANALYZE) " + table);
            }
        }
    }

    private static List<String> tablesWithCustomerId(Connection c, boolean postgres) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT c.table_name"
                + " FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema"
                + " AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'"
                + " WHERE c.table_schema = " + (postgres ? "current_schema()" : "DATABASE()")
                + " AND c.column_name = 'customer_id' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
