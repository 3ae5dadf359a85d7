package io.kezhi.bench.generate;

import io.kezhi.bench.db.Vendor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The command line of the generator.
 *
 * @param asOf     the generated history ends here (creation times spread over the three years before);
 *                 fixed by default so the same seed and scale give the same rows on any day
 * @param threads  threads generating rows while the previous chunk is written
 */
public record GeneratorOptions(Vendor vendor, double scale, long seed, Instant asOf, String appUrl,
        String operatorToken, String jdbcUrl, String jdbcUser, String jdbcPassword, int threads, Path summary) {

    static final String USAGE = """
            usage: Generate --db postgres|mariadb --app-url http://127.0.0.1:PORT --operator-token TOKEN
                            --jdbc-url URL [--jdbc-user U] [--jdbc-password P]
                            [--scale 1.0] [--seed 42] [--as-of 2026-12-01T00:00:00Z] [--threads N]
                            [--summary target/generate-summary.json]""";

    public static GeneratorOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("unexpected argument " + args[i] + "\n" + USAGE);
            }
            given.put(args[i].substring(2), args[++i]);
        }
        Vendor vendor = Vendor.of(required(given, "db"));
        double scale = Double.parseDouble(given.getOrDefault("scale", "1.0"));
        if (!(scale > 0 && scale <= 10)) {
            throw new IllegalArgumentException("--scale must be in (0, 10]");
        }
        GeneratorOptions options = new GeneratorOptions(vendor, scale, Long.parseLong(given.getOrDefault("seed", "42")),
                Instant.parse(given.getOrDefault("as-of", "2026-12-01T00:00:00Z")), required(given, "app-url"),
                required(given, "operator-token"), required(given, "jdbc-url"),
                given.getOrDefault("jdbc-user", vendor == Vendor.POSTGRES ? "postgres" : "root"),
                given.getOrDefault("jdbc-password", ""),
                Integer.parseInt(given.getOrDefault("threads", String.valueOf(Runtime.getRuntime().availableProcessors()))),
                Path.of(given.getOrDefault("summary", "target/generate-summary.json")));
        given.keySet().removeAll(java.util.Set.of("db", "scale", "seed", "as-of", "app-url", "operator-token",
                "jdbc-url", "jdbc-user", "jdbc-password", "threads", "summary"));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + given.keySet() + "\n" + USAGE);
        }
        return options;
    }

    private static String required(Map<String, String> given, String name) {
        String value = given.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required\n" + USAGE);
        }
        return value;
    }

    /** Users besides the administrator: 1,000 at scale 1 (the organisation plan makes it at least 20). */
    public int users() {
        return (int) Math.round(1000 * scale);
    }

    public int customers() {
        return (int) Math.round(1_000_000 * scale);
    }
}
