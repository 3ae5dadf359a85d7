package io.kezhi.bench.report;

import java.util.List;
import java.util.Locale;

/** The results as the fixed-width text table bench/run.sh prints. */
public final class ResultTable {

    static final String[] HEADER = {"operation", "p50", "p95", "p99", "req/s", "errors", "raw p50", "app/raw",
            "target", "result", "peak heap"};

    private ResultTable() {
    }

    public static String format(List<Result> results) {
        int nameWidth = Math.max(HEADER[0].length(), results.stream().mapToInt(r -> r.name().length()).max().orElse(0));
        int targetWidth = Math.max(HEADER[8].length(), results.stream().mapToInt(r -> r.target().length()).max()
                .orElse(0));
        String row = "%-" + nameWidth + "s %8s %8s %8s %8s %7s %8s %8s  %-" + targetWidth + "s  %-17s %9s%n";
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, row, (Object[]) HEADER));
        b.append("-".repeat(nameWidth + 96 + targetWidth)).append('\n');
        for (Result r : results) {
            b.append(String.format(Locale.ROOT, row, r.name(), ms(r.p50()), ms(r.p95()), ms(r.p99()),
                    number(r.throughput()), r.errors() == null ? "" : r.errors().toString(), ms(r.rawP50()),
                    r.ratio() == null ? "" : String.format(Locale.ROOT, "%.1f×", r.ratio()), r.target(),
                    r.verdict().label(), r.peakHeapMb() == null ? "" : String.format(Locale.ROOT, "%.0f MB",
                            r.peakHeapMb())));
        }
        return b.toString();
    }

    static String ms(Double value) {
        if (value == null) {
            return "";
        }
        return value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.0f", value);
    }

    static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }
}
