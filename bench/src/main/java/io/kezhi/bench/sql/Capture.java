package io.kezhi.bench.sql;

import java.util.ArrayList;
import java.util.List;

/** One request of an operation and the statements the application ran for it. */
public record Capture(String id, String operation, String scope, String method, String path, int status,
        long httpMillis, List<LoggedStatement> statements) {

    public Capture with(LoggedStatement statement) {
        List<LoggedStatement> more = new ArrayList<>(statements);
        more.add(statement);
        return new Capture(id, operation, scope, method, path, status, httpMillis, more);
    }

    /** Groups the log's statements by the capture markers around each request; the marker session's own are left out. */
    public static List<Capture> assign(List<Capture> requests, List<LoggedStatement> logged, String database,
            int markerPid) {
        List<Capture> result = new ArrayList<>(requests);
        int current = -1;
        for (LoggedStatement s : logged) {
            int begin = markerIndex(result, s.sql(), "begin");
            int end = markerIndex(result, s.sql(), "end");
            if (begin >= 0) {
                current = begin;
            } else if (end >= 0) {
                current = -1;
            } else if (current >= 0 && s.database().equals(database) && s.pid() != markerPid) {
                result.set(current, result.get(current).with(s));
            }
        }
        return result;
    }

    static String marker(String what, String id) {
        return "kezhi-bench-capture " + what + " " + id;
    }

    private static int markerIndex(List<Capture> captures, String sql, String what) {
        if (!sql.contains("kezhi-bench-capture " + what + " ")) {
            return -1;
        }
        for (int i = 0; i < captures.size(); i++) {
            if (sql.contains(marker(what, captures.get(i).id()) + "'")) {
                return i;
            }
        }
        return -1;
    }
}
