package io.kezhi.bench.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs captured statements again on one connection, the way the application's driver does: each
 * distinct SQL prepared once on the server ({@code PREPARE ... AS} the logged text with its $n
 * placeholders) and executed with the logged values, every row fetched. A statement the server cannot
 * prepare without parameter types runs with its values written in. Writes run inside a savepoint each
 * and everything is rolled back, so a replay changes nothing; an insert of a row the captured request
 * already created fails on its key, and is timed up to that failure.
 */
final class StatementReplayer implements AutoCloseable {

    private final Connection connection;
    private final Map<String, String> prepared = new HashMap<>();
    private int errors;

    StatementReplayer(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
    }

    /** Runs the statements once, in one transaction rolled back afterwards; returns the time they took in ms. */
    double run(List<LoggedStatement> statements) throws SQLException {
        long nanos = 0;
        try (Statement s = connection.createStatement()) {
            for (LoggedStatement statement : statements) {
                String sql = executable(s, statement);
                if (statement.isWrite()) {
                    s.execute("SAVEPOINT replay");
                }
                long started = System.nanoTime();
                try {
                    if (s.execute(sql)) {
                        try (ResultSet rs = s.getResultSet()) {
                            while (rs.next()) {
                                rs.getObject(1);
                            }
                        }
                    }
                } catch (SQLException e) {
                    if (!statement.isWrite()) {
                        throw e;
                    }
                    errors++;
                    nanos += System.nanoTime() - started;
                    s.execute("ROLLBACK TO SAVEPOINT replay");
                    continue;
                }
                nanos += System.nanoTime() - started;
            }
        } finally {
            connection.rollback();
        }
        return nanos / 1e6;
    }

    int errors() {
        return errors;
    }

    private String executable(Statement s, LoggedStatement statement) throws SQLException {
        String name = prepared.get(statement.sql());
        if (name == null) {
            name = "replay_" + prepared.size();
            try {
                s.execute("SAVEPOINT prepare");
                s.execute("PREPARE " + name + " AS " + statement.sql());
                s.execute("RELEASE SAVEPOINT prepare");
            } catch (SQLException e) {
                s.execute("ROLLBACK TO SAVEPOINT prepare");
                name = "";
            }
            prepared.put(statement.sql(), name);
        }
        if (name.isEmpty()) {
            return inline(statement.sql(), statement.parameters());
        }
        if (statement.parameters().isEmpty()) {
            return "EXECUTE " + name;
        }
        StringBuilder b = new StringBuilder("EXECUTE ").append(name).append('(');
        for (int i = 0; i < statement.parameters().size(); i++) {
            b.append(i == 0 ? "" : ", ").append(literal(statement.parameters().get(i)));
        }
        return b.append(')').toString();
    }

    /** The SQL with each $n replaced by its value (highest n first, so $1 does not eat into $10). */
    static String inline(String sql, List<String> parameters) {
        String result = sql;
        for (int i = parameters.size(); i >= 1; i--) {
            result = result.replace("$" + i, literal(parameters.get(i - 1)));
        }
        return result;
    }

    static String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    @Override
    public void close() throws SQLException {
        connection.rollback();
        connection.close();
    }
}
