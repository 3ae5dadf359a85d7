package io.kezhi.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Where the mixed ramp's 95th percentile crossed the knee (300 ms): the last level below it and the
 * first above it, from {@code ramp-levels.json}.
 */
public record Knee(double kneeMillis, JsonNode lastBelow, JsonNode firstAbove) {

    public static Knee of(JsonNode ramp) {
        double knee = ramp.get("kneeMillis").asDouble();
        List<JsonNode> levels = new ArrayList<>();
        ramp.get("levels").forEach(levels::add);
        JsonNode below = null;
        for (JsonNode level : levels) {
            if (level.get("p95").asDouble() > knee || level.get("failures").asInt() > 0) {
                return new Knee(knee, below, level);
            }
            below = level;
        }
        return new Knee(knee, below, null);
    }

    public Result result(Double heapMb) {
        JsonNode level = lastBelow != null ? lastBelow : firstAbove;
        String name = lastBelow != null
                ? String.format(Locale.ROOT, "mixed ramp, knee ≥ %.0f req/s", lastBelow.get("offeredPerSecond").asDouble())
                : "mixed ramp, knee below the first level";
        if (level == null) {
            return new Result(name, null, null, null, null, null, null, "p95 crosses 300 ms", Result.Verdict.NOT_RUN,
                    heapMb, "");
        }
        return new Result(name, level.get("p50").asDouble(), level.get("p95").asDouble(), level.get("p99").asDouble(),
                level.get("okPerSecond").asDouble(), level.get("failures").asLong(), null, "p95 crosses 300 ms",
                Result.Verdict.NO_TARGET, heapMb, sentence());
    }

    public String sentence() {
        if (firstAbove == null) {
            return lastBelow == null ? "mixed ramp: no level completed"
                    : String.format(Locale.ROOT, "mixed ramp: p95 stayed within %.0f ms up to the last level, %.0f req/s"
                            + " offered (%.1f req/s completed)", kneeMillis, lastBelow.get("offeredPerSecond").asDouble(),
                            lastBelow.get("okPerSecond").asDouble());
        }
        String before = lastBelow == null ? "; already at the first level"
                : String.format(Locale.ROOT, "; at %.0f req/s offered it held p95 %.0f ms (%.1f req/s completed%s)",
                        lastBelow.get("offeredPerSecond").asDouble(), lastBelow.get("p95").asDouble(),
                        lastBelow.get("okPerSecond").asDouble(), slowest(lastBelow));
        return String.format(Locale.ROOT, "mixed ramp: p95 crossed %.0f ms at %.0f req/s offered (p95 %.0f ms, %.1f req/s"
                + " completed, %d failed%s)%s", kneeMillis, firstAbove.get("offeredPerSecond").asDouble(),
                firstAbove.get("p95").asDouble(), firstAbove.get("okPerSecond").asDouble(),
                firstAbove.get("failures").asInt(), slowest(firstAbove), before);
    }

    /** The three operations with the highest p95 in a level, e.g. "; highest p95: contact-list 900 ms, ...". */
    private static String slowest(JsonNode level) {
        JsonNode byOperation = level.get("byOperation");
        if (byOperation == null || byOperation.isEmpty()) {
            return "";
        }
        List<Map.Entry<String, JsonNode>> operations = new ArrayList<>(byOperation.properties());
        operations.sort(Comparator.comparingDouble(
                (Map.Entry<String, JsonNode> e) -> e.getValue().get("p95").asDouble()).reversed());
        List<String> named = new ArrayList<>();
        for (Map.Entry<String, JsonNode> operation : operations.subList(0, Math.min(3, operations.size()))) {
            named.add(String.format(Locale.ROOT, "%s %.0f ms", operation.getKey(),
                    operation.getValue().get("p95").asDouble()));
        }
        return "; highest p95: " + String.join(", ", named);
    }
}
