package io.kezhi.crm.shared.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The databases Kezhi runs on, with the few column types that differ between them. One common set
 * of migrations uses these as Flyway placeholders ({@code ${ts}}, {@code ${text}}, ...); only what
 * cannot be expressed that way lives in a vendor folder.
 */
public enum SqlVendor {
    POSTGRESQL("postgresql", Map.of(
            "ts", "TIMESTAMP(6) WITH TIME ZONE",
            "localTs", "TIMESTAMP(3)",
            "text", "TEXT",
            "blob", "BYTEA",
            "tableOptions", "")),
    MARIADB("mariadb", Map.of(
            "ts", "DATETIME(6)",
            "localTs", "DATETIME(3)",
            "text", "LONGTEXT",
            "blob", "LONGBLOB",
            "tableOptions", "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci"));

    private final String folder;
    private final Map<String, String> placeholders;

    SqlVendor(String folder, Map<String, String> placeholders) {
        this.folder = folder;
        this.placeholders = placeholders;
    }

    /**
     * How an instant is bound as a parameter of native SQL so that it means the same as what
     * Hibernate writes (UTC, {@code hibernate.jdbc.time_zone}) whatever the JVM's time zone:
     * PostgreSQL columns carry the zone, MariaDB {@code DATETIME} columns hold UTC wall-clock time.
     */
    public Object bindable(Instant instant) {
        return this == POSTGRESQL ? instant.atOffset(ZoneOffset.UTC) : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Reads a timestamp column written as UTC (see {@link #bindable}); null stays null. */
    public Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs, rs.findColumn(column));
    }

    /** Reads the timestamp column at this position, as {@link #instant(ResultSet, String)}. */
    public Instant instant(ResultSet rs, int column) throws SQLException {
        if (this == POSTGRESQL) {
            OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** Name of the vendor migration folder, as Spring Boot resolves {@code {vendor}}. */
    public String folder() {
        return folder;
    }

    public Map<String, String> placeholders() {
        return placeholders;
    }

    public static SqlVendor of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return fromProductName(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to find out what it is", e);
        }
    }

    static SqlVendor fromProductName(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.contains("mariadb") || name.contains("mysql")) {
            return MARIADB;
        }
        throw new IllegalStateException("Kezhi runs on PostgreSQL or MariaDB, not on " + productName);
    }
}
