package io.kezhi.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class KneeTest {

    @Test
    void theLastLevelBelowTheKneeAndTheFirstAbove() {
        var ramp = JsonMapper.builder().build().readTree("""
                {"kneeMillis":300,"levels":[
                 {"offeredPerSecond":20,"p50":10,"p95":40,"p99":60,"failures":0,"okPerSecond":20},
                 {"offeredPerSecond":40,"p50":20,"p95":280,"p99":400,"failures":0,"okPerSecond":39.5},
                 {"offeredPerSecond":60,"p50":900,"p95":2500,"p99":4000,"failures":3,"okPerSecond":41,
                  "byOperation":{"customer-360":{"p95":400},"contact-list":{"p95":3100},"customer-list":{"p95":2600},
                                 "search-phone":{"p95":90}}}]}""");
        Knee knee = Knee.of(ramp);
        assertThat(knee.lastBelow().get("offeredPerSecond").asInt()).isEqualTo(40);
        assertThat(knee.firstAbove().get("offeredPerSecond").asInt()).isEqualTo(60);
        assertThat(knee.sentence()).contains("crossed 300 ms at 60 req/s offered",
                "3 failed; highest p95: contact-list 3100 ms, customer-list 2600 ms, customer-360 400 ms)",
                "at 40 req/s offered it held p95 280 ms (39.5 req/s completed)");
        assertThat(knee.result(100.0).throughput()).isEqualTo(39.5);
    }

    /** Run AG's ramp: one stalled level at 40 req/s, then 60-100 held, 120 and 140 crossed. */
    @Test
    void aSingleLevelAboveTheKneeFollowedByOneBelowIsASpikeNotTheKnee() {
        var ramp = JsonMapper.builder().build().readTree("""
                {"kneeMillis":300,"levels":[
                 {"offeredPerSecond":20,"p50":22,"p95":64,"p99":201,"failures":0,"okPerSecond":19.1},
                 {"offeredPerSecond":40,"p50":24,"p95":334,"p99":611,"failures":0,"okPerSecond":39.8,
                  "byOperation":{"follow-up-list":{"p95":720},"search-pinyin":{"p95":542}}},
                 {"offeredPerSecond":60,"p50":20,"p95":60,"p99":125,"failures":0,"okPerSecond":59.8},
                 {"offeredPerSecond":100,"p50":18,"p95":95,"p99":148,"failures":0,"okPerSecond":99.8},
                 {"offeredPerSecond":120,"p50":58,"p95":608,"p99":827,"failures":0,"okPerSecond":119.7},
                 {"offeredPerSecond":140,"p50":1556,"p95":4829,"p99":6335,"failures":0,"okPerSecond":137.3}]}""");
        Knee knee = Knee.of(ramp);
        assertThat(knee.lastBelow().get("offeredPerSecond").asInt()).isEqualTo(100);
        assertThat(knee.firstAbove().get("offeredPerSecond").asInt()).isEqualTo(120);
        assertThat(knee.result(100.0).name()).isEqualTo("mixed ramp, knee ≥ 100 req/s");
        assertThat(knee.sentence()).contains("crossed 300 ms at 120 req/s offered",
                "not the knee: 40 req/s (p95 334 ms, 0 failed; highest p95: follow-up-list 720 ms, search-pinyin 542 ms)");
    }

    @Test
    void theLastLevelAboveTheKneeIsTheCrossingWithNoLevelAfterIt() {
        var ramp = JsonMapper.builder().build().readTree("""
                {"kneeMillis":300,"levels":[
                 {"offeredPerSecond":20,"p50":10,"p95":40,"p99":60,"failures":0,"okPerSecond":20},
                 {"offeredPerSecond":40,"p50":20,"p95":350,"p99":400,"failures":0,"okPerSecond":39.5}]}""");
        Knee knee = Knee.of(ramp);
        assertThat(knee.firstAbove().get("offeredPerSecond").asInt()).isEqualTo(40);
        assertThat(knee.spikes()).isEmpty();
    }
}
