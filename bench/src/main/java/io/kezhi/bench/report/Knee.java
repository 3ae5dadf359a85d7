package io.kezhi.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Where the mixed ramp's 95th percentile crossed the knee (300 ms), from {@code ramp-levels.json}: the
 * first level above it (or with failures) that the next level confirms, as the ramp itself stops only
 * after two such levels in a row ({@code LevelRecorder#pastKnee}), and the level before it. A single
 * level above the knee followed by one below is a {@code spike} (a few seconds' stall: run AG in
 * docs/performance.md crossed at 40 req/s and held 60-100 req/s after it), named but not the knee.
 */
public record Knee(double kneeMillis, JsonNode lastBelow, JsonNode firstAbove, List<JsonNode> spikes) {

    public static Knee of(JsonNode ramp) {
        double knee = ramp.get("kneeMillis").asDouble();
        List<JsonNode> levels = new ArrayList<>();
        ramp.get("levels").forEach(levels::add);
        List<JsonNode> spikes = new ArrayList<>();
        JsonNode below = null;
        for (int i = 0; i < levels.size(); i++) {
            JsonNode level = levels.get(i);
            if (above(level, knee)) {
                boolean confirmed = i + 1 == levels.size() || above(levels.get(i + 1), knee);
                if (confirmed) {
                    return new Knee(knee, below, level, spikes);
                }
                spikes.add(level);
            } else {
                below = level;
            }
        }
        return new Knee(knee, below, null, spikes);
    }

    private static boolean above(JsonNode level, double knee) {
        return level.get("p95").asDouble() > knee || level.get("failures").asInt() > 0;
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
        return crossing() + spikeNote();
    }

    private String crossing() {
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

    /**
     * E.g. "; a single level above it with the next one below, not the knee: 40 req/s (p95 334 ms, 0 failed;
     * highest p95: ...)".
     */
    private String spikeNote() {
        if (spikes.isEmpty()) {
            return "";
        }
        List<String> named = new ArrayList<>();
        for (JsonNode spike : spikes) {
            named.add(String.format(Locale.ROOT, "%.0f req/s (p95 %.0f ms, %d failed%s)",
                    spike.get("offeredPerSecond").asDouble(), spike.get("p95").asDouble(),
                    spike.get("failures").asInt(), slowest(spike)));
        }
        return "; a single level above it with the next one below, not the knee: " + String.join(", ", named);
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
