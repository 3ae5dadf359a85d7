package io.kezhi.bench.load;

import java.nio.file.Path;
import java.time.Duration;

/** The load scenarios' settings, passed by bench/run.sh as system properties ({@code -Dbench.*}). */
public final class BenchSettings {

    private BenchSettings() {
    }

    public static String baseUrl() {
        return System.getProperty("bench.baseUrl", "http://127.0.0.1:8080");
    }

    /** Where PrepareFeeders and the sign-in left their CSV files. */
    public static Path feeders() {
        return Path.of(System.getProperty("bench.feeders", "target/feeders")).toAbsolutePath();
    }

    /** Where the scenarios write what Gatling's own report does not hold (levels of the open model). */
    public static Path out() {
        return Path.of(System.getProperty("bench.out", "target/load")).toAbsolutePath();
    }

    public static String operation() {
        return System.getProperty("bench.operation", "customer-list");
    }

    public static int concurrency() {
        return Integer.getInteger("bench.concurrency", 2);
    }

    public static Duration duration() {
        return Duration.ofSeconds(Integer.getInteger("bench.duration", 60));
    }

    /** Requests each virtual user makes before it leaves (and a new one, as another user, takes its place). */
    public static int requestsPerUser() {
        return Integer.getInteger("bench.requestsPerUser", 10);
    }

    /** Length of one level of the warm-up's record (its p95 per level shows when the application settled). */
    public static Duration warmUpLevel() {
        return Duration.ofSeconds(Integer.getInteger("bench.warmUpLevelSeconds", 10));
    }

    public static double rampStep() {
        return Double.parseDouble(System.getProperty("bench.rampStep", "20"));
    }

    public static int rampLevels() {
        return Integer.getInteger("bench.rampLevels", 25);
    }

    public static Duration rampLevel() {
        return Duration.ofSeconds(Integer.getInteger("bench.rampLevelSeconds", 20));
    }

    public static double rate() {
        return Double.parseDouble(System.getProperty("bench.rate", "500"));
    }

    /** p95 (ms) above which the ramp counts a level as past the knee; two such levels stop it. */
    public static int kneeMillis() {
        return Integer.getInteger("bench.kneeMillis", 300);
    }
}
