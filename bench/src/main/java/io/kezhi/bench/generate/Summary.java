package io.kezhi.bench.generate;

import io.kezhi.bench.check.SanityChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the run did, written to {@code bench/target/generate-summary.json} for the report and the load
 * scenarios: options, time per step, row counts, database size, the sanity checks and the logins for
 * each data scope.
 */
public final class Summary {

    /** A login the load scenarios can use. */
    public record Login(String username, String password, String role, String scope) {
    }

    public record StepTime(String step, double seconds) {
    }

    private final Map<String, Object> json = new LinkedHashMap<>();
    private final List<StepTime> steps = new ArrayList<>();

    public Summary(GeneratorOptions options, Instant started) {
        json.put("database", options.vendor().name().toLowerCase());
        json.put("scale", options.scale());
        json.put("seed", options.seed());
        json.put("asOf", options.asOf().toString());
        json.put("threads", options.threads());
        json.put("startedAt", started.toString());
        json.put("appUrl", options.appUrl());
        json.put("steps", steps);
    }

    public void step(String name, long nanos) {
        steps.add(new StepTime(name, Math.round(nanos / 1e7) / 100.0));
    }

    public void put(String key, Object value) {
        json.put(key, value);
    }

    public void checks(List<SanityChecks.Check> checks) {
        json.put("sanityChecks", checks);
    }

    public void write(GeneratorOptions options) throws IOException {
        Files.createDirectories(options.summary().toAbsolutePath().getParent());
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(options.summary(), mapper.writeValueAsString(json));
    }
}
