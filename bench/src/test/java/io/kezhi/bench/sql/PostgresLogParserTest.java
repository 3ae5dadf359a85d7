package io.kezhi.bench.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresLogParserTest {

    private static final String LOG = """
            2026-12-03 09:12:01.100 UTC [31998] postgres@kezhi_bench LOG:  duration: 0.021 ms  parse <unnamed>: SELECT id FROM customer WHERE tenant_id = $1
            2026-12-03 09:12:01.101 UTC [31998] postgres@kezhi_bench LOG:  duration: 0.010 ms  bind <unnamed>: SELECT id FROM customer WHERE tenant_id = $1
            2026-12-03 09:12:01.101 UTC [31998] postgres@kezhi_bench DETAIL:  parameters: $1 = '951'
            2026-12-03 09:12:01.102 UTC [31998] postgres@kezhi_bench LOG:  duration: 1.250 ms  execute S_3: SELECT id, name
            \tFROM customer
            \tWHERE tenant_id = $1 AND name = $2 AND remark IS $3
            2026-12-03 09:12:01.102 UTC [31998] postgres@kezhi_bench DETAIL:  parameters: $1 = '951', $2 = 'it''s, = $9', $3 = NULL
            2026-12-03 09:12:01.103 UTC [4711] postgres@kezhi LOG:  duration: 0.500 ms  statement: BEGIN
            2026-12-03 09:12:01.104 UTC [31998] postgres@kezhi_bench LOG:  duration: 4.720 ms  execute <unnamed>: COMMIT
            2026-12-03 09:12:01.105 UTC [9704] LOG:  checkpoint starting: time
            2026-12-03 09:12:01.106 UTC [31998] postgres@kezhi_bench LOG:  duration: 0.300 ms  execute <unnamed>: INSERT INTO follow_up (content) VALUES ($1)
            2026-12-03 09:12:01.106 UTC [31998] postgres@kezhi_bench DETAIL:  parameters: $1 = 'line one
            line two'
            """;

    @Test
    void executedStatementsWithTheirParametersAndDurations() {
        List<LoggedStatement> statements = PostgresLogParser.parse(LOG.lines().toList());
        assertThat(statements).extracting(LoggedStatement::sql).containsExactly(
                "SELECT id, name\nFROM customer\nWHERE tenant_id = $1 AND name = $2 AND remark IS $3", "BEGIN", "COMMIT",
                "INSERT INTO follow_up (content) VALUES ($1)");
        LoggedStatement select = statements.get(0);
        assertThat(select.pid()).isEqualTo(31998);
        assertThat(select.database()).isEqualTo("kezhi_bench");
        assertThat(select.millis()).isEqualTo(1.25);
        assertThat(select.parameters()).containsExactly("951", "it's, = $9", null);
        assertThat(statements.get(1).database()).isEqualTo("kezhi");
        assertThat(statements.get(3).parameters()).containsExactly("line one\nline two");
        assertThat(statements).extracting(LoggedStatement::isData).containsExactly(true, false, false, true);
        assertThat(statements.get(3).isWrite()).isTrue();
    }

    @Test
    void parametersOutOfOrderGoToTheirPlaceholders() {
        assertThat(PostgresLogParser.parameters("$2 = 'b', $1 = 'a', $3 = NULL")).isEqualTo(Arrays.asList("a", "b", null));
    }
}
