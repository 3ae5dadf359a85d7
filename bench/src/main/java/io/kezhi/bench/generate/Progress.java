package io.kezhi.bench.generate;

import java.time.Duration;

/** Progress lines on standard output, each with the time since the generator started. */
public final class Progress {

    private static final long STARTED = System.nanoTime();

    private Progress() {
    }

    public static void log(String format, Object... args) {
        System.out.printf("[%s] %s%n", clock(System.nanoTime() - STARTED), String.format(format, args));
        System.out.flush();
    }

    /** m:ss.s */
    public static String clock(long nanos) {
        Duration d = Duration.ofNanos(nanos);
        return String.format("%d:%04.1f", d.toMinutes(), (d.toMillis() % 60_000) / 1000.0);
    }
}
