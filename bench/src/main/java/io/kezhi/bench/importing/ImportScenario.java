package io.kezhi.bench.importing;

import io.kezhi.bench.Args;
import io.kezhi.bench.api.ApiClient;
import io.kezhi.bench.feed.Csv;
import io.kezhi.bench.feed.PrepareFeeders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customer import as a person does it, timed end to end: the administrator uploads a CSV of
 * {@code --rows} customers ({@link ImportCsv}), accepts the proposed column mapping with the dedupe policy
 * SKIP, waits for the validation, commits, and waits until the job is done. Writes {@code import.json}
 * (phase times, the job's counts) and then removes the imported customers ({@link ImportCleanup}).
 *
 * <pre>java ... ImportScenario --app-url URL --jdbc-url URL --jdbc-user USER --out DIR [--rows 100000] [--seed 42]</pre>
 */
public final class ImportScenario {

    private static final long TIMEOUT_MILLIS = 30 * 60_000L;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Args.parse(args);
        int rowCount = Integer.parseInt(options.getOrDefault("rows", "100000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        Path out = Path.of(Args.required(options, "out"));
        Map<String, Object> result = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(Args.required(options, "jdbc-url"),
                Args.required(options, "jdbc-user"), options.getOrDefault("jdbc-password", ""))) {
            long tenant = PrepareFeeders.tenantOf(c, "bench");
            List<List<String>> rows = ImportCsv.rows(rowCount, seed,
                    single(c, "SELECT name FROM customer WHERE tenant_id = " + tenant + " AND deleted_at IS NULL"
                            + " ORDER BY md5(CONCAT(id, '" + seed + "')) LIMIT " + (rowCount / 10)),
                    single(c, "SELECT username FROM app_user WHERE tenant_id = " + tenant
                            + " AND username LIKE 'rep%' ORDER BY username"),
                    dictionary(c, tenant, "industry"), dictionary(c, tenant, "customer_source"));
            Path file = out.resolve("customers-" + rowCount + ".csv");
            Csv.write(file, ImportCsv.HEADER, rows);
            result.put("rows", rowCount);
            result.put("fileBytes", Files.size(file));
            Timestamp started = new Timestamp(System.currentTimeMillis() - 1000);
            try {
                run(new ApiClient(Args.required(options, "app-url")).login("bench", "admin", "Bench2026"),
                        file, result);
            } finally {
                long cleaning = System.nanoTime();
                int removed = ImportCleanup.removeCreatedSince(c, tenant, started);
                result.put("cleanup", Map.of("customersRemoved", removed,
                        "seconds", (System.nanoTime() - cleaning) / 1e9));
                Files.writeString(out.resolve("import.json"), JsonMapper.builder()
                        .enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(result));
                System.out.println("  " + result);
            }
        }
    }

    private static void run(ApiClient admin, Path file, Map<String, Object> result) throws Exception {
        long begin = System.nanoTime();
        JsonNode uploaded = admin.upload("/api/v1/imports?target=customers", "file", file.getFileName().toString(),
                "text/csv", Files.readAllBytes(file)).ok();
        long id = uploaded.get("id").asLong();
        phase(result, "upload", begin);
        Map<String, String> mapping = new LinkedHashMap<>();
        uploaded.get("mapping").properties().forEach(e -> mapping.put(e.getKey(),
                e.getValue().isNull() ? null : e.getValue().asString()));
        result.put("mapping", mapping);
        long mapped = System.nanoTime();
        admin.put("/api/v1/imports/" + id + "/mapping", Map.of("mapping", mapping, "dedupePolicy", "SKIP")).ok();
        JsonNode validated = await(admin, id, "VALIDATED", begin);
        phase(result, "validate", mapped);
        if (!validated.get("status").asString().equals("VALIDATED") || validated.get("errorCount").asInt() > 0) {
            result.put("job", validated);
            result.put("errors", admin.get("/api/v1/imports/" + id + "/errors?size=10").body());
            throw new IllegalStateException("validation did not pass: " + validated);
        }
        long committing = System.nanoTime();
        admin.post("/api/v1/imports/" + id + "/commit", Map.of()).ok();
        JsonNode done = await(admin, id, "DONE", begin);
        phase(result, "commit", committing);
        phase(result, "total", begin);
        result.put("job", done);
        if (!done.get("status").asString().equals("DONE")) {
            throw new IllegalStateException("the import did not finish: " + done);
        }
    }

    /** Polls the job (as the progress bar does) until it reaches the status, fails, or the time is up. */
    private static JsonNode await(ApiClient admin, long id, String status, long begin) throws InterruptedException {
        while (true) {
            JsonNode job = admin.get("/api/v1/imports/" + id).ok();
            String now = job.get("status").asString();
            if (now.equals(status) || now.equals("FAILED") || (System.nanoTime() - begin) / 1_000_000 > TIMEOUT_MILLIS) {
                return job;
            }
            Thread.sleep(250);
        }
    }

    @SuppressWarnings("unchecked")
    private static void phase(Map<String, Object> result, String name, long startedNanos) {
        ((Map<String, Double>) result.computeIfAbsent("seconds", k -> new LinkedHashMap<String, Double>()))
                .put(name, Math.round((System.nanoTime() - startedNanos) / 1e7) / 100.0);
    }

    private static List<String> dictionary(Connection c, long tenant, String type) throws SQLException {
        return single(c, "SELECT i.code FROM dict_item i JOIN dict_type t ON t.id = i.type_id WHERE t.tenant_id = "
                + tenant + " AND t.code = '" + type + "' ORDER BY i.code");
    }

    private static List<String> single(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
