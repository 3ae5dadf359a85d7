package io.kezhi.bench.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Switches PostgreSQL's statement log on for every session (ALTER SYSTEM SET log_min_duration_statement = 0
 * and a configuration reload, which reaches the application's open connections) and back to what it was.
 */
final class StatementLogging implements AutoCloseable {

    private final Connection connection;
    private final String previous;
    private final boolean previousFromAlterSystem;

    StatementLogging(Connection connection) throws SQLException, InterruptedException {
        this.connection = connection;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT setting, source FROM pg_settings"
                        + " WHERE name = 'log_min_duration_statement'")) {
            rs.next();
            previous = rs.getString(1);
            previousFromAlterSystem = rs.getString(2).equals("configuration file")
                    && !"-1".equals(previous); // a value in postgresql.auto.conf or postgresql.conf
        }
        set("ALTER SYSTEM SET log_min_duration_statement = 0");
        Thread.sleep(1500); // the backends read the configuration between two commands
    }

    @Override
    public void close() throws SQLException {
        set(previousFromAlterSystem ? "ALTER SYSTEM SET log_min_duration_statement = " + Integer.parseInt(previous)
                : "ALTER SYSTEM RESET log_min_duration_statement");
    }

    private void set(String alter) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(alter);
            s.execute("SELECT pg_reload_conf()");
        }
    }
}
