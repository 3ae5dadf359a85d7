package io.kezhi.crm.testsupport;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which database the suite runs on: {@code KEZHI_TEST_DB} (or {@code -Dkezhi.test.db}) =
 * {@code embedded} (default: an embedded PostgreSQL 17 in target/), {@code mariadb}
 * (127.0.0.1:3306, root, no password) or {@code postgres} (127.0.0.1:5432, postgres, trust).
 * External databases get a fresh database per test JVM, dropped at exit.
 */
public final class TestDatabase {

    public enum Kind { EMBEDDED, MARIADB, POSTGRES }

    private static Map<String, String> properties;

    private TestDatabase() {
    }

    public static Kind kind() {
        String value = System.getProperty("kezhi.test.db", System.getenv().getOrDefault("KEZHI_TEST_DB", "embedded"));
        return Kind.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Why the chosen database cannot be used, or empty when it can. */
    public static Optional<String> unavailableReason() {
        return switch (kind()) {
            case EMBEDDED -> Optional.empty();
            case MARIADB -> reachable("127.0.0.1", 3306, "MariaDB");
            case POSTGRES -> reachable("127.0.0.1", 5432, "PostgreSQL");
        };
    }

    public static synchronized Map<String, String> properties() {
        if (properties == null) {
            properties = switch (kind()) {
                case EMBEDDED -> Map.of(
                        "kezhi.database.embedded.data-dir", Path.of("target", "test-pg", UUID.randomUUID().toString())
                                .toAbsolutePath().toString(),
                        "kezhi.database.embedded.binaries-dir", Path.of("target", "pg-runtime").toAbsolutePath()
                                .toString(),
                        "kezhi.database.embedded.clean", "true");
                case MARIADB -> external("jdbc:mariadb://127.0.0.1:3306/", "root",
                        name -> "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci",
                        "?useUnicode=true&characterEncoding=utf8");
                case POSTGRES -> external("jdbc:postgresql://127.0.0.1:5432/", "postgres",
                        name -> "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0", "");
            };
            System.out.println("[kezhi-test] database " + kind() + " " + properties.getOrDefault("kezhi.database.url",
                    properties.get("kezhi.database.embedded.data-dir")));
        }
        return properties;
    }

    private interface CreateStatement {
        String sql(String database);
    }

    private static Map<String, String> external(String serverUrl, String user, CreateStatement create,
            String urlSuffix) {
        String name = "kezhi_test_" + ProcessHandle.current().pid() + "_" + (System.nanoTime() % 100000);
        String adminUrl = serverUrl + (kind() == Kind.POSTGRES ? "postgres" : "");
        execute(adminUrl, user, create.sql(name));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(adminUrl, user, "DROP DATABASE IF EXISTS " + name
                        + (kind() == Kind.POSTGRES ? " WITH (FORCE)" : ""));
            } catch (RuntimeException ignored) {
                // the server may already be gone; a leftover test database is harmless
            }
        }));
        return Map.of("kezhi.database.url", serverUrl + name + urlSuffix, "kezhi.database.username", user,
                "kezhi.database.password", "");
    }

    private static void execute(String url, String user, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database: " + sql, e);
        }
    }

    private static Optional<String> reachable(String host, int port, String name) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return Optional.empty();
        } catch (Exception e) {
            return Optional.of(name + " is not reachable at " + host + ":" + port + " (" + e.getMessage() + ")");
        }
    }
}
