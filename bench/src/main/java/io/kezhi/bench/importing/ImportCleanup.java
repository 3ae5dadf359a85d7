package io.kezhi.bench.importing;

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
 * history rows. Returns how many customers it removed.
 */
final class ImportCleanup {

    private ImportCleanup() {
    }

    static int removeCreatedSince(Connection c, long tenantId, Timestamp since) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE bench_imported (id bigint PRIMARY KEY) ON COMMIT DROP");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO bench_imported SELECT id FROM customer"
                    + " WHERE tenant_id = ? AND created_at >= ?")) {
                p.setLong(1, tenantId);
                p.setTimestamp(2, since);
                p.executeUpdate();
            }
            for (String table : tablesWithCustomerId(c)) {
                s.executeUpdate("DELETE FROM " + table + " WHERE customer_id IN (SELECT id FROM bench_imported)");
            }
            s.executeUpdate("DELETE FROM customer_aud WHERE id IN (SELECT id FROM bench_imported)");
            int removed = s.executeUpdate("DELETE FROM customer WHERE id IN (SELECT id FROM bench_imported)");
            c.commit();
            return removed;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static List<String> tablesWithCustomerId(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT c.table_name"
                + " FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema"
                + " AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'"
                + " WHERE c.table_schema = current_schema() AND c.column_name = 'customer_id' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
