package io.kezhi.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The raw-SQL replay's results ({@code sql/raw-sql.json}) by operation and scope. */
public final class RawCeilings {

    private final List<Map<String, Object>> ceilings;

    private RawCeilings(List<Map<String, Object>> ceilings) {
        this.ceilings = ceilings;
    }

    public static RawCeilings read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new RawCeilings(List.of());
        }
        return new RawCeilings(JsonMapper.builder().build().readValue(file.toFile(), new TypeReference<>() { }));
    }

    public Optional<Double> p50(String operation, String scope) {
        return ceilings.stream().filter(c -> operation.equals(c.get("operation")) && scope.equals(c.get("scope")))
                .map(c -> ((Number) c.get("p50")).doubleValue()).findFirst();
    }

    public Optional<Double> statements(String operation, String scope) {
        return ceilings.stream().filter(c -> operation.equals(c.get("operation")) && scope.equals(c.get("scope")))
                .map(c -> ((Number) c.get("statementsPerRequest")).doubleValue()).findFirst();
    }

    /**
     * The operation's raw p50 over its scopes, each weighted by how many of the measured requests were made
     * in that scope (the application's p50 mixes the scopes the same way).
     *
     * @param requestsByScope scope to number of requests in the load run
     */
    public Optional<Double> weightedP50(String operation, Map<String, Long> requestsByScope) {
        double sum = 0;
        long weight = 0;
        for (Map.Entry<String, Long> e : requestsByScope.entrySet()) {
            Optional<Double> p50 = p50(operation, e.getKey());
            if (p50.isPresent()) {
                sum += p50.get() * e.getValue();
                weight += e.getValue();
            }
        }
        return weight == 0 ? Optional.empty() : Optional.of(sum / weight);
    }
}
