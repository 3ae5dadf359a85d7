package io.kezhi.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RampsTest {

    /** A ramp that held the knee up to {@code held} req/s and crossed it on the next two levels. */
    private static String ramp(int held, long startMillis) {
        StringBuilder levels = new StringBuilder();
        for (int rate = 20, index = 0; rate <= held + 40; rate += 20, index++) {
            int p95 = rate <= held ? 50 : 900;
            levels.append(levels.isEmpty() ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"index\":%d,\"offeredPerSecond\":%d,\"p50\":10,\"p95\":%d,\"p99\":%d,\"failures\":0,"
                            + "\"okPerSecond\":%d}", index, rate, p95, p95, rate));
        }
        return String.format(Locale.ROOT, "{\"kneeMillis\":300,\"startMillis\":%d,\"periodMillis\":12000,"
                + "\"levelSeconds\":10,\"levels\":[%s]}", startMillis, levels);
    }

    @Test
    void theReportTakesTheRampWithTheMedianKneeAndNamesEveryRampsKnee(@TempDir Path target) throws Exception {
        Path load = Files.createDirectories(target.resolve("load"));
        Files.writeString(load.resolve("ramp-levels-1.json"), ramp(120, 0));
        Files.writeString(load.resolve("ramp-levels-2.json"), ramp(260, 100_000));
        Files.writeString(load.resolve("ramp-levels-3.json"), ramp(180, 200_000));
        Files.writeString(load.resolve("stages.tsv"), "stage\tstartMillis\tendMillis\nmixed-ramp-1\t0\t60000\n"
                + "mixed-ramp-2\t100000\t190000\nmixed-ramp-3\t200000\t270000\n");

        Report report = new Report(target);
        report.mixed();

        assertThat(report.results.get(0).name()).isEqualTo("mixed ramp, knee ≥ 180 req/s");
        assertThat(report.notes.get(0)).startsWith(
                "3 ramps held the knee up to 120, 260, 180 req/s (in the order they ran); the median (mixed-ramp-3):"
                        + " mixed ramp: p95 crossed 300 ms at 200 req/s offered");
        String table = report.cpuTable();
        assertThat(table).as("each ramp's levels under its own stage")
                .containsPattern("mixed-ramp-1 .*\\n(  at \\d+ req/s .*\\n){8}mixed-ramp-2 .*\\n(  at \\d+ req/s .*\\n){15}"
                        + "mixed-ramp-3 .*\\n(  at \\d+ req/s .*\\n){11}");
    }

    @Test
    void anEvenNumberOfRampsTakesTheLowerMiddleKnee(@TempDir Path target) throws Exception {
        Path load = Files.createDirectories(target.resolve("load"));
        Files.writeString(load.resolve("ramp-levels-1.json"), ramp(200, 0));
        Files.writeString(load.resolve("ramp-levels-2.json"), ramp(140, 0));
        assertThat(Ramps.read(load).median().orElseThrow().stage()).isEqualTo("mixed-ramp-2");
    }

    @Test
    void aRunOfAnOlderScriptHasOneRampUnderTheOldName(@TempDir Path target) throws Exception {
        Path load = Files.createDirectories(target.resolve("load"));
        Files.writeString(load.resolve("ramp-levels.json"), ramp(100, 0));
        Ramps ramps = Ramps.read(load);
        assertThat(ramps.all()).extracting(Ramps.Ramp::stage).containsExactly("mixed-ramp");
        assertThat(ramps.sentence()).startsWith("mixed ramp: p95 crossed 300 ms at 120 req/s offered");
        assertThat(Ramps.read(target.resolve("nothing")).median()).isEmpty();
    }
}
