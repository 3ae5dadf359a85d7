package io.kezhi.bench.monitor;

import io.kezhi.bench.Args;
import io.kezhi.bench.db.Vendor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import java.util.SplittableRandom;

/**
 * How fast this machine is, so that runs on different machines can be told apart: the same fixed work,
 * timed on one core, for the JVM (sorting {@value #JAVA_VALUES} pseudo-random longs of a fixed seed) and
 * for the database server (one query summing the remainders of a generated series of {@value #SQL_ROWS}
 * numbers, parallel workers off; a plain sum MariaDB's sequence engine answers without reading the
 * series). Each runs {@value #RUNS} times and the fastest counts, so a moment of other work on the machine
 * does not. Prints {@code calibration.java.ms} and {@code calibration.database.ms} as lines for
 * {@code machine.properties}; lower is faster. (Two machines of the same description generated the same
 * data set in 3 min 33 s and 4 min 52 s, 2026-12-04: without such figures their runs looked like changes
 * of Kezhi.)
 *
 * <pre>java ... Calibration --jdbc-url URL --jdbc-user USER [--jdbc-password P]</pre>
 */
public final class Calibration {

    static final int JAVA_VALUES = 4_000_000;
    static final long SQL_ROWS = 10_000_000;
    static final int RUNS = 5;
    /** What {@link #javaWork} returns: a different value means different work, and figures no longer compare. */
    static final long JAVA_CHECKSUM = -4_561_599_153_693_576_103L;

    private Calibration() {
    }

    public static void main(String[] args) throws SQLException {
        var options = Args.parse(args);
        System.out.println("calibration.java.ms=" + fastestMillis(Calibration::javaWork));
        Properties properties = new Properties();
        properties.setProperty("user", Args.required(options, "jdbc-user"));
        properties.setProperty("password", options.getOrDefault("jdbc-password", ""));
        properties.setProperty("ApplicationName", "kezhi-bench-calibration");
        try (Connection c = DriverManager.getConnection(Args.required(options, "jdbc-url"), properties);
                Statement s = c.createStatement()) {
            boolean postgres = Vendor.of(c) == Vendor.POSTGRES;
            if (postgres) {
                s.execute("SET max_parallel_workers_per_gather = 0");
            }
            String sql = postgres ? "SELECT SUM(x % 7) FROM (SELECT generate_series(1, " + SQL_ROWS + ") AS x) t"
                    : "SELECT SUM(seq % 7) FROM seq_1_to_" + SQL_ROWS;
            System.out.println("calibration.database.ms=" + fastestMillis(() -> databaseWork(s, sql)));
        }
    }

    /** Sorts the fixed values and folds them into a checksum ({@link #JAVA_CHECKSUM}). */
    static long javaWork() {
        SplittableRandom random = new SplittableRandom(42);
        long[] values = new long[JAVA_VALUES];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextLong();
        }
        Arrays.sort(values);
        long sum = 0;
        for (int i = 0; i < values.length; i += 1_000) {
            sum = sum * 31 + values[i];
        }
        return sum;
    }

    /** One query over a generated series (PostgreSQL's {@code generate_series}, MariaDB's sequence engine). */
    private static long databaseWork(Statement s, String sql) {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The calibration query failed", e);
        }
    }

    /** The fastest of {@value #RUNS} runs, in milliseconds. */
    static long fastestMillis(Work work) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
    }

    @FunctionalInterface
    interface Work {
        long run();
    }
}
