package io.kezhi.bench.sql;

import io.kezhi.bench.Args;
import io.kezhi.bench.feed.BenchUser;
import io.kezhi.bench.feed.CsvReader;
import io.kezhi.bench.feed.FeederValues;
import io.kezhi.bench.report.OperationCatalog;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Captures the SQL the application runs for each operation: with PostgreSQL's statement log on, sends
 * {@code --per} requests of every operation for every scope (signed-in users and feeder values as the load
 * scenarios use them), each between two marker statements, then reads the statements between the markers
 * back from the server log. Writes {@code captured.json} for {@link RawSqlReplay}.
 *
 * <pre>java ... SqlCapture --app-url URL --jdbc-url URL --jdbc-user USER --database NAME --feeders DIR --out DIR
 *     [--pg-log /var/log/postgresql/postgresql-15-main.log] [--per 4]</pre>
 */
public final class SqlCapture {


    public static void main(String[] args) throws Exception {
        Map<String, String> options = Args.parse(args);
        Path feeders = Path.of(Args.required(options, "feeders"));
        Path log = Path.of(options.getOrDefault("pg-log", "/var/log/postgresql/postgresql-15-main.log"));
        int per = Integer.parseInt(options.getOrDefault("per", "4"));
        String database = Args.required(options, "database");
        List<Map<String, String>> users = CsvReader.read(feeders.resolve("sessions.csv"));
        Map<String, List<String>> values = FeederValues.read(feeders);
        SessionClient client = new SessionClient(Args.required(options, "app-url"));
        Properties properties = new Properties();
        properties.setProperty("user", Args.required(options, "jdbc-user"));
        properties.setProperty("password", options.getOrDefault("jdbc-password", ""));
        properties.setProperty("ApplicationName", "kezhi-bench-capture");
        List<Capture> requests = new ArrayList<>();
        int markerPid;
        long offset = Files.size(log);
        try (Connection c = DriverManager.getConnection(Args.required(options, "jdbc-url"), properties);
                Statement marker = c.createStatement()) {
            markerPid = pid(marker);
            try (StatementLogging logging = new StatementLogging(c)) {
                for (String operation : OperationCatalog.AVAILABLE) {
                    for (String scope : operation.equals("follow-up-entry") ? List.of("OWN") : BenchUser.SCOPES) {
                        List<Map<String, String>> ofScope = users.stream().filter(u -> u.get("scope").equals(scope)).toList();
                        for (int k = 0; k < per && !ofScope.isEmpty(); k++) {
                            Map<String, String> user = ofScope.get(k % ofScope.size());
                            OperationRequest request = OperationRequest.of(operation, user, k, values);
                            String id = operation + "/" + scope + "/" + k;
                            marker.execute("SELECT '" + Capture.marker("begin", id) + "'");
                            SessionClient.Response response = client.send(request, user);
                            Thread.sleep(200); // work the request left to run after its answer
                            marker.execute("SELECT '" + Capture.marker("end", id) + "'");
                            requests.add(new Capture(id, operation, scope, request.method(), request.path(),
                                    response.status(), response.millis(), List.of()));
                        }
                    }
                }
            }
        }
        Thread.sleep(500);
        List<Capture> captures = Capture.assign(requests, PostgresLogParser.parse(linesFrom(log, offset)), database,
                markerPid);
        Path out = Path.of(Args.required(options, "out"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("captured.json"), JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .build().writeValueAsString(captures));
        for (Capture capture : captures) {
            System.out.printf("  %-40s HTTP %d %5d ms  %2d statements (%.1f ms in the server)%n", capture.id(),
                    capture.status(), capture.httpMillis(), capture.statements().size(),
                    capture.statements().stream().mapToDouble(LoggedStatement::millis).sum());
        }
    }

    private static int pid(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> linesFrom(Path log, long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(offset);
            byte[] bytes = new byte[(int) (file.length() - offset)];
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        }
    }
}
