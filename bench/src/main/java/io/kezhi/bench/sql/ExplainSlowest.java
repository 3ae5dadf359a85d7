package io.kezhi.bench.sql;

import io.kezhi.bench.Args;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Why an operation is slow: for each operation and scope, the captured read statement the server took
 * longest over, explained with {@code EXPLAIN (ANALYZE, BUFFERS)} and its logged values written in.
 * Writes {@code explain.txt} next to {@code captured.json}.
 *
 * <pre>java ... ExplainSlowest --jdbc-url URL --jdbc-user USER --sql DIR</pre>
 */
public final class ExplainSlowest {

    public static void main(String[] args) throws Exception {
        var options = Args.parse(args);
        Path dir = Path.of(Args.required(options, "sql"));
        List<Capture> captures = JsonMapper.builder().build().readValue(dir.resolve("captured.json").toFile(),
                new TypeReference<>() { });
        StringBuilder out = new StringBuilder();
        List<String> done = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(Args.required(options, "jdbc-url"),
                Args.required(options, "jdbc-user"), options.getOrDefault("jdbc-password", ""))) {
            c.setAutoCommit(false);
            for (Capture capture : captures) {
                String key = capture.operation() + " " + capture.scope();
                Optional<LoggedStatement> slowest = slowestRead(captures, capture.operation(), capture.scope());
                if (done.contains(key) || slowest.isEmpty()) {
                    continue;
                }
                done.add(key);
                LoggedStatement s = slowest.get();
                out.append("=== ").append(key).append(String.format(": slowest statement %.1f ms in the server log%n",
                        s.millis()));
                out.append(StatementReplayer.inline(s.sql(), s.parameters())).append("\n\n");
                out.append(explain(c, StatementReplayer.inline(s.sql(), s.parameters()))).append('\n');
            }
        }
        Files.writeString(dir.resolve("explain.txt"), out.toString());
        System.out.println("  plans of " + done.size() + " statements in " + dir.resolve("explain.txt"));
    }

    static Optional<LoggedStatement> slowestRead(List<Capture> captures, String operation, String scope) {
        return captures.stream().filter(c -> c.operation().equals(operation) && c.scope().equals(scope))
                .flatMap(c -> c.statements().stream()).filter(s -> s.isData() && !s.isWrite())
                .max(Comparator.comparingDouble(LoggedStatement::millis));
    }

    private static String explain(Connection c, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        } catch (SQLException e) {
            plan.append("(could not explain: ").append(e.getMessage()).append(")\n");
        } finally {
            c.rollback();
        }
        return plan.toString();
    }
}
