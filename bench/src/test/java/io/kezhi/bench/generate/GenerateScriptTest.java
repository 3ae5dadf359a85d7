package io.kezhi.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole generator at a tiny scale, as bench/generate.sh runs it: the application started on a
 * throwaway PostgreSQL database, the company through the API, the bulk load, the index rebuild and the
 * sanity checks. Skipped when the machine's PostgreSQL (127.0.0.1:5432) is not reachable, except under
 * CI=true. Needs the application jar (../target/kezhi-crm.jar), as the bench's build does.
 */
@Tag("database")
class GenerateScriptTest {

    private static final String DATABASE = "kezhi_bench_test";

    @Test
    void generatesATinyDataSetThatTheApplicationWorksOn() throws Exception {
        requirePostgres();
        Path summary = Path.of("target/generate-test-summary.json").toAbsolutePath();
        Files.deleteIfExists(summary);
        ProcessBuilder script = new ProcessBuilder("bash", "generate.sh", "--db", "postgres", "--scale", "0.001",
                "--seed", "7").redirectErrorStream(true).redirectOutput(new File("target/generate-test.log"));
        script.environment().put("BENCH_SKIP_BUILD", "1");
        script.environment().put("BENCH_DATABASE", DATABASE);
        script.environment().put("BENCH_SUMMARY", summary.toString());
        try {
            Process process = script.start();
            assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("generate.sh finished in 10 minutes").isTrue();
            assertThat(process.exitValue()).as("exit status, see target/generate-test.log").isZero();
            JsonNode result = JsonMapper.builder().build().readTree(summary.toFile());
            assertThat(result.get("rows").get("customer").asLong()).isEqualTo(1000); // counted before the API check
            assertThat(result.get("rows").get("follow_up").asLong()).isBetween(9_000L, 11_000L);
            assertThat(result.get("rows").get("department").asLong()).isEqualTo(15);
            assertThat(result.get("sanityChecks").size()).isGreaterThan(10);
            result.get("sanityChecks").forEach(c -> assertThat(c.get("passed").asBoolean()).as(c.toString()).isTrue());
            assertThat(result.get("logins").get("own").get("username").asString()).isEqualTo("rep0001");
        } finally {
            dropDatabase();
        }
    }

    private static void requirePostgres() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            c.isValid(2);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI=true and PostgreSQL at 127.0.0.1:5432 is not reachable", e);
            }
            Assumptions.abort("PostgreSQL at 127.0.0.1:5432 is not reachable: " + e.getMessage());
        }
    }

    private static void dropDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }
}
