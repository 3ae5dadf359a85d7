package io.kezhi.bench.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Brings the application to the speed it runs at all day before anything is measured: the mixed
 * profile, closed model: {@code bench.concurrency} users, each sending requests back to back for
 * {@code bench.duration}. The JVM compiles a request path with its optimising compiler only after
 * thousands of requests: measured on the benchmark data, a rep's filtered customer list cost the
 * application 14 ms of CPU in its first 20 seconds after a start, 3.3 ms after ~5,000 requests and
 * 1.8 ms from ~10,000 on (p95 46 ms → 13 ms). A warm-up of 300 requests left the first operations
 * measured alone on a half-compiled application. Levels of {@code bench.warmUpLevelSeconds} go to
 * {@code warm-up-levels.json}: their p95 shows when the application settled.
 */
public class WarmUpSimulation extends MixedSimulation {

    public WarmUpSimulation() {
        super("warm-up", "warm-up-levels.json", new LevelRecorder(BenchSettings.warmUpLevel().toMillis(), 0, 0, 0,
                levels(), Integer.MAX_VALUE));
        setUp(scenario("warm-up").during(BenchSettings.duration()).on(MixedProfile.oneRequest(operations, recorder))
                .injectOpen(atOnceUsers(BenchSettings.concurrency())))
                .protocols(HttpSettings.browser().shareConnections());
    }

    private static int levels() {
        long level = BenchSettings.warmUpLevel().toMillis();
        return (int) ((BenchSettings.duration().toMillis() + level - 1) / level);
    }
}
