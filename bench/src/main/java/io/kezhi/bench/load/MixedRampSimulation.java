package io.kezhi.bench.load;

import static io.gatling.javaapi.core.CoreDsl.incrementUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGeneratorIf;

import java.time.Duration;

/**
 * The mixed profile, open model, with the arrival rate raised in steps ({@code bench.rampStep} requests a
 * second more each {@code bench.rampLevelSeconds}, up to {@code bench.rampLevels} levels) to find the
 * throughput at which the 95th percentile crosses {@code bench.kneeMillis}. Stops itself two levels past
 * that point. Levels go to {@code ramp-levels.json}.
 */
public class MixedRampSimulation extends MixedSimulation {

    private static final Duration RAMP_BETWEEN_LEVELS = Duration.ofSeconds(2);

    public MixedRampSimulation() {
        super("mixed ramp", "ramp-levels.json", new LevelRecorder(BenchSettings.rampLevel().toMillis(),
                RAMP_BETWEEN_LEVELS.toMillis(), BenchSettings.rampStep(), BenchSettings.rampStep(),
                BenchSettings.rampLevels(), BenchSettings.kneeMillis()));
        setUp(scenario("mixed ramp").exec(MixedProfile.oneRequest(operations, recorder))
                .exec(stopLoadGeneratorIf("the 95th percentile stayed above the knee for two levels",
                        session -> recorder.pastKnee()))
                .injectOpen(incrementUsersPerSec(BenchSettings.rampStep()).times(BenchSettings.rampLevels())
                        .eachLevelLasting(BenchSettings.rampLevel()).separatedByRampsLasting(RAMP_BETWEEN_LEVELS)
                        .startingFrom(BenchSettings.rampStep())))
                .protocols(HttpSettings.browser().shareConnections());
    }
}
