package io.kezhi.bench.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mix of a working day, by share of requests: lists and the 360 view dominate, some searches, a
 * few follow-up entries. Each virtual user of the open model is one request by one signed-in user; the
 * time it took goes to the {@link LevelRecorder}.
 */
public final class MixedProfile {

    /** Operation to percent of requests (sums to 100). */
    public static final Map<String, Double> WEIGHTS = weights();

    private MixedProfile() {
    }

    private static Map<String, Double> weights() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("customer-list", 28.0);
        w.put("customer-360", 20.0);
        w.put("customer-360-timeline", 15.0);
        w.put("contact-list", 8.0);
        w.put("follow-up-list", 4.0);
        w.put("search-name-infix", 5.0);
        w.put("search-name-prefix", 4.0);
        w.put("search-pinyin", 4.0);
        w.put("search-phone", 5.0);
        w.put("follow-up-entry", 7.0);
        return w;
    }

    public static ChainBuilder oneRequest(CustomerOperations operations, LevelRecorder recorder) {
        List<Choice.WithWeight> choices = new ArrayList<>();
        WEIGHTS.forEach((operation, weight) -> choices.add(percent(weight).then(
                exec(operations.signIn(operation), timed(operation, operations.perform(operation), recorder)))));
        return randomSwitch().on(choices);
    }

    private static ChainBuilder timed(String operation, ChainBuilder request, LevelRecorder recorder) {
        return exec(session -> session.set("startedAt", System.currentTimeMillis())).exec(request).exec(session -> {
            long started = session.getLong("startedAt");
            recorder.record(operation, started, System.currentTimeMillis() - started, !session.isFailed());
            return session.markAsSucceeded();
        });
    }
}
