package io.kezhi.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.bench.report.Knee;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LevelRecorderTest {

    @Test
    void requestsCountInTheLevelTheyStartedInAndRampsAreLeftOut() {
        LevelRecorder recorder = new LevelRecorder(10_000, 2_000, 20, 20, 3, 300);
        recorder.start(0);
        for (int i = 1; i <= 100; i++) {
            recorder.record(i % 4 == 0 ? "contact-list" : "customer-list", 100 + i, i, true); // level 0: 1..100 ms
        }
        recorder.record("customer-list", 11_000, 5_000, true); // in the ramp between levels 0 and 1
        recorder.record("customer-360", 12_500, 40, false); // level 1
        assertThat(recorder.levels()).hasSize(2);
        LevelRecorder.Level first = recorder.levels().get(0);
        assertThat(first.offeredPerSecond()).isEqualTo(20);
        assertThat(first.requests()).isEqualTo(100);
        assertThat(first.p50()).isEqualTo(50);
        assertThat(first.p95()).isEqualTo(95);
        assertThat(first.p99()).isEqualTo(99);
        assertThat(first.okPerSecond()).isEqualTo(10.0);
        assertThat(first.byOperation()).containsOnlyKeys("contact-list", "customer-list");
        assertThat(first.byOperation().get("contact-list"))
                .isEqualTo(new LevelRecorder.OperationLevel(25, 0, 52, 96, 100)); // 4, 8, ... 100 ms
        assertThat(first.byOperation().get("customer-list").requests()).isEqualTo(75);
        LevelRecorder.Level second = recorder.levels().get(1);
        assertThat(second.offeredPerSecond()).isEqualTo(40);
        assertThat(second.failures()).isEqualTo(1);
        assertThat(second.byOperation().get("customer-360").failures()).isEqualTo(1);
    }

    @Test
    void pastTheKneeAfterTwoLevelsAboveIt() {
        LevelRecorder recorder = new LevelRecorder(1_000, 0, 10, 10, 5, 300);
        recorder.start(0);
        recorder.record("customer-list", 10, 100, true);
        recorder.record("customer-list", 1_010, 400, true);
        recorder.record("customer-list", 2_010, 500, true); // level 1 (400 ms) is over: one level past the knee
        assertThat(recorder.pastKnee()).isFalse();
        recorder.record("customer-list", 3_010, 500, true); // level 2 too: two in a row
        assertThat(recorder.pastKnee()).isTrue();
    }

    @Test
    void theLevelsFileCarriesEachOperationAndTheKneeReadsIt(@TempDir Path dir) throws Exception {
        LevelRecorder recorder = new LevelRecorder(1_000, 0, 10, 10, 2, 300);
        recorder.start(0);
        recorder.record("customer-list", 10, 100, true);
        recorder.record("contact-list", 20, 200, true);
        recorder.record("customer-list", 1_010, 500, true);
        recorder.record("contact-list", 1_020, 900, false);
        Path file = dir.resolve("ramp-levels.json");
        recorder.write(file, Map.of("simulation", "test"));
        JsonNode ramp = JsonMapper.builder().build().readTree(file.toFile());
        assertThat(ramp.get("levels").get(1).get("byOperation").get("contact-list").get("p95").asInt()).isEqualTo(900);
        assertThat(Knee.of(ramp).sentence()).contains("at 20 req/s offered",
                "highest p95: contact-list 900 ms, customer-list 500 ms", "highest p95: contact-list 200 ms");
    }

    @Test
    void nearestRankPercentile() {
        assertThat(LevelRecorder.percentile(new long[] {}, 95)).isZero();
        assertThat(LevelRecorder.percentile(new long[] {7}, 50)).isEqualTo(7);
        assertThat(LevelRecorder.percentile(new long[] {1, 2, 3, 4}, 50)).isEqualTo(2);
        assertThat(LevelRecorder.percentile(new long[] {1, 2, 3, 4}, 99)).isEqualTo(4);
    }
}
