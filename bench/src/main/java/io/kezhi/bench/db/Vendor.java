package io.kezhi.bench.db;

import java.sql.Connection;
import java.sql.SQLException;

/** The two databases Kezhi runs on, as far as loading data differs between them. */
public enum Vendor {
    POSTGRES, MARIADB;

    public static Vendor of(String name) {
        return switch (name) {
            case "postgres", "postgresql" -> POSTGRES;
            case "mariadb", "mysql" -> MARIADB;
            default -> throw new IllegalArgumentException("--db is postgres or mariadb, not " + name);
        };
    }

    /** The vendor of the database a connection is open to. */
    public static Vendor of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName();
        return product.equalsIgnoreCase("PostgreSQL") ? POSTGRES : MARIADB;
    }

    public String sequenceNextValue() {
        return this == POSTGRES ? "SELECT nextval('kz_seq')" : "SELECT NEXTVAL(kz_seq)";
    }

    /** The statement after which the sequence's next value is {@code next}. */
    public String restartSequence(long next) {
        return this == POSTGRES ? "SELECT setval('kz_seq', " + next + ", false)"
                : "ALTER SEQUENCE kz_seq RESTART WITH " + next;
    }
}
