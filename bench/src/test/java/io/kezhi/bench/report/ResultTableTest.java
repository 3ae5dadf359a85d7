package io.kezhi.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    @Test
    void verdictsOnTheTarget() {
        assertThat(Result.latency(29.0, 0, 30)).isEqualTo(Result.Verdict.PASS);
        assertThat(Result.latency(31.0, 0, 30)).isEqualTo(Result.Verdict.FAIL);
        assertThat(Result.latency(10.0, 1, 30)).isEqualTo(Result.Verdict.FAIL);
        assertThat(Result.latency(10.0, 0, 0)).isEqualTo(Result.Verdict.NO_TARGET);
        assertThat(Result.latency(null, 0, 30)).isEqualTo(Result.Verdict.NOT_RUN);
    }

    @Test
    void aLinePerResultWithTheRatioToRawSql() {
        Result list = new Result("customer-list", 40.0, 95.0, 180.0, 120.5, 0L, 8.0, "p95 ≤ 30 ms",
                Result.Verdict.FAIL, 300.0, "");
        assertThat(list.ratio()).isEqualTo(5.0);
        String table = ResultTable.format(List.of(list, Result.notAvailable("opportunity-kanban", "p95 ≤ 300 ms")));
        List<String> lines = table.lines().toList();
        assertThat(lines.get(0)).startsWith("operation").contains("raw p50", "app/raw", "peak heap");
        assertThat(lines.get(2)).contains("customer-list", "40", "95", "180", "120.5", "8.0", "5.0×", "p95 ≤ 30 ms",
                "FAIL", "300 MB");
        assertThat(lines.get(3)).contains("opportunity-kanban", "not available yet");
    }
}
