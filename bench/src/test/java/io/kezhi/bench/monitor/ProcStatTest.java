package io.kezhi.bench.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcStatTest {

    @Test
    void utimePlusStimeEvenWithSpacesAndParenthesesInTheName() {
        String line = "6292 (java (main) x) S 6025 6024 1 0 -1 4194560 120 0 0 0 1500 230 0 0 20 0 60 0 8000 0 0";
        ProcStat stat = ProcStat.parse(line);
        assertThat(stat.pid()).isEqualTo(6292);
        assertThat(stat.comm()).isEqualTo("java (main) x");
        assertThat(stat.ticks()).isEqualTo(1730);
    }

    @Test
    void processesAreToldApartByTheirCommandLines() {
        assertThat(ProcessKind.of(42, 42, "java -jar target/kezhi-crm.jar", "java", "kezhi_bench")).isEqualTo(ProcessKind.APP);
        assertThat(ProcessKind.of(7, 42, "postgres: postgres kezhi_bench 127.0.0.1(5000) idle", "postgres", "kezhi_bench"))
                .isEqualTo(ProcessKind.POSTGRES_BENCH);
        assertThat(ProcessKind.of(8, 42, "postgres: postgres kezhi_bench_smoke 127.0.0.1(5000) idle", "postgres",
                "kezhi_bench")).isEqualTo(ProcessKind.POSTGRES_OTHER);
        assertThat(ProcessKind.of(9, 42, "postgres: 15/main: checkpointer ", "postgres", "kezhi_bench"))
                .isEqualTo(ProcessKind.POSTGRES_OTHER);
        assertThat(ProcessKind.of(10, 42, "java -Xmx1g -cp x io.gatling.app.Gatling -s y", "java", "kezhi_bench"))
                .isEqualTo(ProcessKind.GATLING);
        assertThat(ProcessKind.of(11, 42, "java -cp x io.kezhi.bench.monitor.CpuSampler", "java", "kezhi_bench"))
                .isEqualTo(ProcessKind.BENCH_TOOLS);
        assertThat(ProcessKind.of(12, 42, "/usr/bin/java ... surefirebooter.jar", "java", "kezhi_bench"))
                .isEqualTo(ProcessKind.OTHER);
    }

    @Test
    void stealIsTheEighthCounterOfTheAllCoresLine() {
        assertThat(CpuSampler.stealTicks("cpu  7400 12 1900 88000 40 0 30 5123 0 0")).isEqualTo(5123);
        assertThat(CpuSampler.stealTicks("cpu 1 2 3 4 5 6 7")).isZero(); // a kernel that does not count it
    }
}
