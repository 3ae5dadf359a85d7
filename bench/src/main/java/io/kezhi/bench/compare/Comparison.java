package io.kezhi.bench.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Two jars' windows of the same operation, alternated round by round, summed up: each window, each jar's
 * requests pooled (overall and by scope), and the candidate's figures divided by the base's round by
 * round. The median ratio says how much the candidate differs; the lowest and highest say whether every
 * round agrees (a range across 1.0 means the rounds do not tell the two apart).
 */
final class Comparison {

    /** The candidate's figure over the base's: the median of the rounds' ratios, the lowest and the highest. */
    record Ratio(double median, double lowest, double highest) {

        String format() {
            return Double.isNaN(median) ? "-"
                    : String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", median, lowest, highest);
        }
    }

    private static final Map<String, ToDoubleFunction<Window.Stats>> METRICS = metrics();

    /** Above this share of the machine stolen in any window, the table says the conditions differed. */
    static final double STOLEN_WARNING_PERCENT = 5;

    private final String operation;
    private final String base;
    private final String candidate;
    private final List<Window> windows;

    Comparison(String operation, String base, String candidate, List<Window> windows) {
        this.operation = operation;
        this.base = base;
        this.candidate = candidate;
        this.windows = List.copyOf(windows);
    }

    private static Map<String, ToDoubleFunction<Window.Stats>> metrics() {
        Map<String, ToDoubleFunction<Window.Stats>> metrics = new LinkedHashMap<>();
        metrics.put("p50", Window.Stats::p50);
        metrics.put("p95", Window.Stats::p95);
        metrics.put("requests/s", Window.Stats::perSecond);
        metrics.put("app CPU/request", Window.Stats::appCpuMillis);
        metrics.put("database CPU/request", Window.Stats::dbCpuMillis);
        return metrics;
    }

    /** The candidate's {@code metric} over the base's, per round that measured both. */
    Ratio ratio(ToDoubleFunction<Window.Stats> metric) {
        List<Double> ratios = new ArrayList<>();
        for (int round : windows.stream().mapToInt(Window::round).distinct().sorted().toArray()) {
            double b = metric.applyAsDouble(Window.pooled(of(base, round)));
            double c = metric.applyAsDouble(Window.pooled(of(candidate, round)));
            if (b > 0 && !Double.isNaN(b) && !Double.isNaN(c)) {
                ratios.add(c / b);
            }
        }
        if (ratios.isEmpty()) {
            return new Ratio(Double.NaN, Double.NaN, Double.NaN);
        }
        ratios.sort(null);
        int n = ratios.size();
        double median = n % 2 == 1 ? ratios.get(n / 2) : (ratios.get(n / 2 - 1) + ratios.get(n / 2)) / 2;
        return new Ratio(median, ratios.get(0), ratios.get(n - 1));
    }

    Map<String, Ratio> ratios() {
        Map<String, Ratio> ratios = new LinkedHashMap<>();
        METRICS.forEach((name, metric) -> ratios.put(name, ratio(metric)));
        return ratios;
    }

    private List<Window> of(String jar) {
        return windows.stream().filter(w -> w.jar().equals(jar)).toList();
    }

    private List<Window> of(String jar, int round) {
        return windows.stream().filter(w -> w.jar().equals(jar) && w.round() == round).toList();
    }

    /** The text the comparison prints: windows, pooled figures, figures by scope, ratios. */
    String table() {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "%s: %s (base) against %s (candidate)%n%n", operation, base, candidate));
        t.append(String.format(Locale.ROOT, "%-6s %-10s %9s %8s %7s %7s %7s %10s %10s %7s %7s%n", "round", "jar",
                "requests", "req/s", "p50", "p95", "p99", "app CPU", "db CPU", "errors", "stolen"));
        for (Window w : windows) {
            t.append(line(Integer.toString(w.round()), w.jar(), Window.pooled(List.of(w))));
        }
        t.append(line("all", base, Window.pooled(of(base))));
        t.append(line("all", candidate, Window.pooled(of(candidate))));
        t.append(String.format(Locale.ROOT, "%n(latency in ms; CPU in ms per request; stolen: percent of the machine's"
                + " cores the hypervisor gave to others)%n"));
        double worst = windows.stream().mapToDouble(Window::stolenPercent).max().orElse(0);
        if (worst > STOLEN_WARNING_PERCENT) {
            t.append(String.format(Locale.ROOT, "WARNING: the hypervisor took up to %.0f%% of the machine in a window;"
                    + " windows of the two jars were not measured under the same conditions%n", worst));
        }
        t.append(String.format(Locale.ROOT, "%nby scope, p50 / p95 ms:%n"));
        for (String scope : Window.scopes(windows)) {
            Window.Stats b = Window.pooled(of(base), scope);
            Window.Stats c = Window.pooled(of(candidate), scope);
            t.append(String.format(Locale.ROOT, "  %-16s %s %.1f / %.1f (%d)   %s %.1f / %.1f (%d)%n", scope, base,
                    b.p50(), b.p95(), b.requests(), candidate, c.p50(), c.p95(), c.requests()));
        }
        t.append(String.format(Locale.ROOT, "%ncandidate / base, median of the rounds [lowest, highest]:%n"));
        ratios().forEach((name, ratio) -> t.append(String.format(Locale.ROOT, "  %-21s %s%n", name, ratio.format())));
        return t.toString();
    }

    private static String line(String round, String jar, Window.Stats s) {
        return String.format(Locale.ROOT, "%-6s %-10s %9d %8.1f %7.1f %7.1f %7.1f %10s %10s %7d %6.0f%%%n", round,
                jar, s.requests(), s.perSecond(), s.p50(), s.p95(), s.p99(), cpu(s.appCpuMillis()),
                cpu(s.dbCpuMillis()), s.errors(), s.stolenPercent());
    }

    private static String cpu(double millis) {
        return Double.isNaN(millis) ? "-" : String.format(Locale.ROOT, "%.2f", millis);
    }

    /** The same figures for comparison.json. */
    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("operation", operation);
        json.put("base", base);
        json.put("candidate", candidate);
        json.put("windows", windows.stream().map(w -> Map.of("round", w.round(), "jar", w.jar(),
                "stats", Window.pooled(List.of(w)))).toList());
        json.put(base, Window.pooled(of(base)));
        json.put(candidate, Window.pooled(of(candidate)));
        Map<String, Object> scopes = new LinkedHashMap<>();
        for (String scope : Window.scopes(windows)) {
            scopes.put(scope, Map.of(base, Window.pooled(of(base), scope), candidate,
                    Window.pooled(of(candidate), scope)));
        }
        json.put("byScope", scopes);
        json.put("candidateOverBase", ratios());
        return json;
    }
}
