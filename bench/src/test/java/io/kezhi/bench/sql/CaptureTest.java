package io.kezhi.bench.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaptureTest {

    private static LoggedStatement statement(int pid, String database, String sql) {
        return new LoggedStatement(pid, database, sql, List.of(), 0.1);
    }

    @Test
    void statementsBetweenARequestsMarkersAreItsOwn() {
        List<Capture> requests = List.of(new Capture("customer-list/OWN/0", "customer-list", "OWN", "GET", "/x", 200, 5, List.of()),
                new Capture("customer-list/OWN/1", "customer-list", "OWN", "GET", "/y", 200, 5, List.of()));
        List<LoggedStatement> log = List.of(
                statement(10, "kezhi_bench", "SELECT 'kezhi-bench-capture begin customer-list/OWN/0'"),
                statement(20, "kezhi_bench", "SELECT 1 AS first"),
                statement(30, "kezhi", "SELECT 'someone else''s database'"),
                statement(20, "kezhi_bench", "SELECT 2 AS second"),
                statement(10, "kezhi_bench", "SELECT 'kezhi-bench-capture end customer-list/OWN/0'"),
                statement(20, "kezhi_bench", "SELECT 'between requests'"),
                statement(10, "kezhi_bench", "SELECT 'kezhi-bench-capture begin customer-list/OWN/1'"),
                statement(21, "kezhi_bench", "SELECT 3 AS third"),
                statement(10, "kezhi_bench", "SELECT 'kezhi-bench-capture end customer-list/OWN/1'"));
        List<Capture> captures = Capture.assign(requests, log, "kezhi_bench", 10);
        assertThat(captures.get(0).statements()).extracting(LoggedStatement::sql)
                .containsExactly("SELECT 1 AS first", "SELECT 2 AS second");
        assertThat(captures.get(1).statements()).extracting(LoggedStatement::sql).containsExactly("SELECT 3 AS third");
    }
}
