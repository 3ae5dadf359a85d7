package io.kezhi.bench.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * The mixed profile, open model, at a constant arrival rate ({@code bench.rate} requests a second, the
 * issue's 500) for {@code bench.duration}: is the 95th percentile within 100 ms, with no errors?
 * Its one level goes to {@code constant-level.json} (or {@code bench.levelFile}).
 */
public class MixedConstantSimulation extends MixedSimulation {

    public MixedConstantSimulation() {
        super("mixed constant", System.getProperty("bench.levelFile", "constant-level.json"),
                new LevelRecorder(BenchSettings.duration().toMillis(), 0, BenchSettings.rate(), 0, 1, 100));
        setUp(scenario("mixed constant").exec(MixedProfile.oneRequest(operations, recorder))
                .injectOpen(constantUsersPerSec(BenchSettings.rate()).during(BenchSettings.duration())))
                .protocols(HttpSettings.browser().shareConnections());
    }
}
