package io.kezhi.bench.compare;

import io.kezhi.bench.feed.BenchUser;
import io.kezhi.bench.sql.RawSqlReplay;
import java.util.List;
import java.util.function.Predicate;

/**
 * What one jar answered during one window of a comparison: every request's scope, time and status, the
 * window's length, the CPU the application and the database spent in it (NaN where not measured), and
 * the share of the machine's cores the hypervisor took away meanwhile (percent; steal).
 */
record Window(String jar, int round, double seconds, List<Sample> samples, double appCpuSeconds,
        double dbCpuSeconds, double stolenPercent) {

    /** One request: the data scope of the user who sent it, the time to its whole answer, its status. */
    record Sample(String scope, long nanos, int status) {

        boolean ok() {
            return status / 100 == 2;
        }
    }

    /**
     * Counts, throughput, latency percentiles (ms, answered requests only), CPU per request (ms) and the
     * percent of the machine stolen by the hypervisor.
     */
    record Stats(int requests, int errors, double perSecond, double p50, double p95, double p99,
            double appCpuMillis, double dbCpuMillis, double stolenPercent) {
    }

    /** The windows' requests pooled, their CPU summed: each request counts once, whichever window it was in. */
    static Stats pooled(List<Window> windows) {
        return pooled(windows, s -> true);
    }

    /** As {@link #pooled(List)}, of one scope's requests; CPU is not split by scope (NaN). */
    static Stats pooled(List<Window> windows, String scope) {
        return pooled(windows, s -> s.scope().equals(scope));
    }

    private static Stats pooled(List<Window> windows, Predicate<Sample> which) {
        List<Sample> samples = windows.stream().flatMap(w -> w.samples().stream()).filter(which).toList();
        double[] millis = samples.stream().filter(Sample::ok).mapToDouble(s -> s.nanos() / 1e6).sorted().toArray();
        int errors = (int) samples.stream().filter(s -> !s.ok()).count();
        double seconds = windows.stream().mapToDouble(Window::seconds).sum();
        boolean all = samples.size() == windows.stream().mapToInt(w -> w.samples().size()).sum();
        double app = all ? windows.stream().mapToDouble(Window::appCpuSeconds).sum() : Double.NaN;
        double db = all ? windows.stream().mapToDouble(Window::dbCpuSeconds).sum() : Double.NaN;
        double stolen = windows.stream().mapToDouble(w -> w.stolenPercent() * w.seconds()).sum() / seconds;
        int n = samples.size();
        return new Stats(n, errors, n / seconds, RawSqlReplay.percentile(millis, 50),
                RawSqlReplay.percentile(millis, 95), RawSqlReplay.percentile(millis, 99),
                n == 0 ? Double.NaN : app * 1000 / n, n == 0 ? Double.NaN : db * 1000 / n, stolen);
    }

    /** The scopes that sent requests in these windows, in the order of the data scopes' breadth. */
    static List<String> scopes(List<Window> windows) {
        return BenchUser.SCOPES.stream().filter(scope -> windows.stream()
                .anyMatch(w -> w.samples().stream().anyMatch(s -> s.scope().equals(scope)))).toList();
    }
}
