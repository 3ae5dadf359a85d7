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
}
