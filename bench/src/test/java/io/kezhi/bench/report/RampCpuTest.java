package io.kezhi.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RampCpuTest {

    /** The CPU table has a row per ramp level, each over that level's own seconds. */
    @Test
    void eachRampLevelGetsItsOwnCpuRow(@TempDir Path target) throws Exception {
        Files.createDirectories(target.resolve("load"));
        Files.writeString(target.resolve("load/stages.tsv"), "stage\tstartMillis\tendMillis\nmixed-ramp\t0\t24000\n");
        StringBuilder cpu = new StringBuilder("epochMillis,kind,cpuSeconds\n");
        for (int second = 1; second <= 24; second++) {
            // level 0 (0-10 s): the application half a core; level 1 (12-22 s): two full cores of PostgreSQL
            cpu.append(second * 1000).append(",APP,").append(second <= 10 ? "0.5" : "0").append('\n');
            cpu.append(second * 1000).append(",POSTGRES_BENCH,").append(second > 12 && second <= 22 ? "2" : "0")
                    .append('\n');
        }
        Files.writeString(target.resolve("load/cpu.csv"), cpu);
        Files.writeString(target.resolve("load/ramp-levels.json"), """
                {"kneeMillis":300,"startMillis":0,"periodMillis":12000,"levelSeconds":10,"levels":[
                 {"index":0,"offeredPerSecond":20,"p95":40,"failures":0},{"index":1,"offeredPerSecond":40,"p95":900,"failures":0}]}""");
        String table = new Report(target).cpuTable();
        double cores = Report.CORES;
        assertThat(table).containsPattern(String.format(Locale.ROOT, "mixed-ramp +24 +%.0f%% +%.0f%%",
                5 / (24 * cores) * 100, 20 / (24 * cores) * 100));
        assertThat(table).containsPattern(String.format(Locale.ROOT, "  at 20 req/s +10 +%.0f%% +0%%",
                5 / (10 * cores) * 100));
        assertThat(table).containsPattern(String.format(Locale.ROOT, "  at 40 req/s +10 +0%% +%.0f%%",
                20 / (10 * cores) * 100));
    }
}
