package io.kezhi.bench.sql;

import io.kezhi.bench.Args;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The raw-SQL ceiling of each operation: replays every captured request's statements ({@code captured.json})
 * over JDBC, {@code --iterations} times (fewer, but at least five, when an operation's replays pass
 * {@code --max-seconds}) after one unmeasured run, and writes the time per request (the sum
 * of its statements) as percentiles per operation and scope to {@code raw-sql.json}.
 *
 * <pre>java ... RawSqlReplay --jdbc-url URL --jdbc-user USER --sql DIR [--iterations 50] [--max-seconds 20]</pre>
 */
public final class RawSqlReplay {

    /** Replay times of one operation in one scope, over all its captured requests. */
    public record Ceiling(String operation, String scope, int requests, double statementsPerRequest, int samples,
            double p50, double p95, int writeErrors) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Args.parse(args);
        Path dir = Path.of(Args.required(options, "sql"));
        int iterations = Integer.parseInt(options.getOrDefault("iterations", "50"));
        long maxSeconds = Long.parseLong(options.getOrDefault("max-seconds", "20"));
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        List<Capture> captures = json.readValue(dir.resolve("captured.json").toFile(), new TypeReference<>() { });
        Map<String, List<Capture>> byOperationScope = new LinkedHashMap<>();
        captures.stream().filter(c -> c.status() / 100 == 2 && !c.statements().isEmpty())
                .forEach(c -> byOperationScope.computeIfAbsent(c.operation() + " " + c.scope(), k -> new ArrayList<>()).add(c));
        List<Ceiling> ceilings = new ArrayList<>();
        try (StatementReplayer replayer = new StatementReplayer(DriverManager.getConnection(
                Args.required(options, "jdbc-url"), Args.required(options, "jdbc-user"),
                options.getOrDefault("jdbc-password", "")))) {
            for (List<Capture> group : byOperationScope.values()) {
                List<Double> times = new ArrayList<>();
                int errorsBefore = replayer.errors();
                List<List<LoggedStatement>> requests = group.stream().map(c -> c.statements().stream()
                        .filter(LoggedStatement::isData).toList()).toList();
                for (List<LoggedStatement> data : requests) {
                    replayer.run(data); // unmeasured: plans and pages in cache
                }
                long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
                for (int i = 0; i < iterations && (i < 5 || System.nanoTime() < deadline); i++) {
                    for (List<LoggedStatement> data : requests) { // round robin over the captured requests
                        times.add(replayer.run(data));
                    }
                }
                Capture first = group.get(0);
                double statements = group.stream().mapToLong(c -> c.statements().stream().filter(LoggedStatement::isData)
                        .count()).average().orElse(0);
                double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                Ceiling ceiling = new Ceiling(first.operation(), first.scope(), group.size(), statements, sorted.length,
                        percentile(sorted, 50), percentile(sorted, 95),
                        (replayer.errors() - errorsBefore) / (sorted.length + group.size()));
                ceilings.add(ceiling);
                System.out.printf("  %-22s %-16s %d requests, %4.1f statements each: p50 %8.2f ms, p95 %8.2f ms%s%n",
                        ceiling.operation(), ceiling.scope(), ceiling.requests(), statements, ceiling.p50(), ceiling.p95(),
                        ceiling.writeErrors() > 0 ? "  (" + ceiling.writeErrors() + " writes hit the captured row's key)" : "");
            }
        }
        Files.writeString(dir.resolve("raw-sql.json"), json.writeValueAsString(ceilings));
    }

    /** Nearest-rank percentile of sorted values. */
    public static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
