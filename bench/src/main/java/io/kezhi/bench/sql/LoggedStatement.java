package io.kezhi.bench.sql;

import java.util.List;

/**
 * A statement PostgreSQL logged as executed (log_min_duration_statement = 0): the backend's pid, the
 * database, the SQL with its $n placeholders, the parameter values in order (null for NULL) and the
 * duration the server measured.
 */
public record LoggedStatement(int pid, String database, String sql, List<String> parameters, double millis) {

    /** Data statements (not BEGIN, COMMIT, SET, SHOW...): what a replay times. */
    public boolean isData() {
        String head = sql.stripLeading().toLowerCase();
        return head.startsWith("select") || head.startsWith("with") || head.startsWith("insert")
                || head.startsWith("update") || head.startsWith("delete");
    }

    public boolean isWrite() {
        String head = sql.stripLeading().toLowerCase();
        return head.startsWith("insert") || head.startsWith("update") || head.startsWith("delete");
    }
}
