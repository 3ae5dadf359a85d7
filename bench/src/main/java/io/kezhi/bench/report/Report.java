package io.kezhi.bench.report;

import io.kezhi.bench.Args;
import io.kezhi.bench.feed.BenchUser;
import io.kezhi.bench.monitor.ProcessKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last stage of bench/run.sh: gathers the Gatling reports, the raw-SQL ceilings, the levels of the
 * open-model runs, the import, the flight recording and the CPU samples of a run in {@code bench/target},
 * prints the results table and writes {@code report/summary.txt} and {@code report/index.html}.
 *
 * <pre>java ... Report --target bench/target</pre>
 */
public final class Report {

    static final int CORES = Runtime.getRuntime().availableProcessors();

    final Path target;
    final Stages stages;
    final FlightRecording recording;
    final CpuSplit cpu;
    final RawCeilings raw;
    /** The mixed ramps' levels ({@code load/ramp-levels-N.json}); none when the ramp did not run. */
    final Ramps ramps;
    final List<Result> results = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    Report(Path target) throws IOException {
        this.target = target;
        this.stages = Stages.read(target.resolve("load/stages.tsv"));
        this.recording = FlightRecording.read(target.resolve("app.jfr"));
        this.cpu = CpuSplit.read(target.resolve("load/cpu.csv"), CORES);
        this.raw = RawCeilings.read(target.resolve("sql/raw-sql.json"));
        this.ramps = Ramps.read(target.resolve("load"));
    }

    /**
     * The machine and its calibration ({@code io.kezhi.bench.monitor.Calibration}) as the report's first
     * line, so that figures of runs on different machines are not read as changes of Kezhi; empty when
     * the run wrote no machine file.
     */
    static String machineLine(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        Properties p = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            p.load(reader);
        }
        String calibration = p.containsKey("calibration.java.ms")
                ? String.format(Locale.ROOT, "; calibration (fixed work, lower is faster): JVM %s ms, database %s ms",
                        p.getProperty("calibration.java.ms"), p.getProperty("calibration.database.ms", "?"))
                : "; no calibration";
        return "machine: " + p.getProperty("cpu", "?") + ", " + p.getProperty("memory", "?") + ", "
                + p.getProperty("date", "?") + calibration + "\n\n";
    }

    public static void main(String[] args) throws IOException {
        Report report = new Report(Path.of(Args.parse(args).getOrDefault("target", "bench/target")));
        report.operations();
        report.mixed();
        report.importRun();
        report.heap();
        String text = machineLine(report.target.resolve("load/machine.properties"))
                + ResultTable.format(report.results) + "\n" + String.join("\n", report.notes) + "\n\n"
                + report.cpuTable() + "\n" + report.hotMethods();
        System.out.println(text);
        Path dir = report.target.resolve("report");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("summary.txt"), text);
        Files.writeString(dir.resolve("index.html"), new HtmlReport(report).html());
        System.out.println("report: " + dir.resolve("index.html"));
    }

    void operations() throws IOException {
        for (OperationCatalog.Operation op : OperationCatalog.ALL) {
            String target = op.targetP95Millis() > 0 ? "p95 ≤ " + op.targetP95Millis() + " ms" : "-";
            if (!op.available()) {
                results.add(Result.notAvailable(op.name(), target));
                continue;
            }
            List<GatlingStats.Row> rows = GatlingStats.read(this.target.resolve("gatling/" + op.name()));
            Optional<GatlingStats.Row> all = GatlingStats.row(rows, GatlingStats.ALL);
            if (all.isEmpty()) {
                results.add(new Result(op.name(), null, null, null, null, null, null, target, Result.Verdict.NOT_RUN,
                        null, ""));
                continue;
            }
            Map<String, Long> byScope = new LinkedHashMap<>();
            for (String scope : BenchUser.SCOPES) {
                GatlingStats.row(rows, op.name() + " " + scope).ifPresent(r -> byScope.put(scope, r.total()));
            }
            Double heap = heapDuring(op.name());
            results.add(result(op.name(), all.get(), raw.weightedP50(op.name(), byScope).orElse(null), target,
                    op.targetP95Millis(), heap, op.description()));
            for (String scope : byScope.keySet()) {
                GatlingStats.Row row = GatlingStats.row(rows, op.name() + " " + scope).orElseThrow();
                results.add(result("  " + scope, row, raw.p50(op.name(), scope).orElse(null), target,
                        op.targetP95Millis(), null, raw.statements(op.name(), scope)
                                .map(n -> String.format(Locale.ROOT, "%.0f statements", n)).orElse("")));
            }
        }
    }

    private static Result result(String name, GatlingStats.Row row, Double rawP50, String target, int targetMillis,
            Double heap, String note) {
        return new Result(name, (double) row.p50(), (double) row.p95(), (double) row.p99(), row.perSecond(), row.ko(),
                rawP50, target, Result.latency((double) row.p95(), row.ko(), targetMillis), heap, note);
    }

    void mixed() throws IOException {
        ramps.median().ifPresent(median -> {
            results.add(median.knee().result(heapDuring(median.stage())));
            notes.add(ramps.sentence());
        });
        List<GatlingStats.Row> rows = GatlingStats.read(target.resolve("gatling/mixed-constant"));
        double rate = stageRate();
        GatlingStats.row(rows, GatlingStats.ALL).ifPresent(all -> {
            boolean pass = all.p95() <= 100 && all.ko() == 0 && all.perSecond() >= rate * 0.98;
            results.add(new Result(String.format(Locale.ROOT, "mixed, %.0f req/s offered", rate), (double) all.p50(),
                    (double) all.p95(), (double) all.p99(), all.perSecond(), all.ko(), null,
                    "≥ 500 req/s, p95 ≤ 100 ms, 0 errors", pass ? Result.Verdict.PASS : Result.Verdict.FAIL,
                    heapDuring("mixed-constant"), "open model, constant arrival rate"));
        });
    }

    private double stageRate() throws IOException {
        JsonNode level = json(target.resolve("load/constant-level.json"));
        return level == null || level.get("levels").isEmpty() ? 500
                : level.get("levels").get(0).get("offeredPerSecond").asDouble();
    }

    void importRun() throws IOException {
        JsonNode run = json(target.resolve("import/import.json"));
        if (run == null) {
            notes.add("import of 100,000 customers with dedupe (target ≤ 10 s): not run");
            return;
        }
        JsonNode seconds = run.get("seconds");
        JsonNode job = run.get("job");
        if (seconds == null || seconds.get("total") == null) {
            notes.add("import of " + run.get("rows").asInt() + " customers with dedupe (target ≤ 10 s): FAIL — did not"
                    + " complete: " + (job == null ? "no job" : job.toString()));
            return;
        }
        double total = seconds.get("total").asDouble();
        notes.add(String.format(Locale.ROOT, "import of %,d customers with dedupe (SKIP): %.1f s end to end (upload %.1f s,"
                + " validation %.1f s, commit %.1f s); %d created, %d skipped as duplicates, %d errors; peak heap %.0f MB"
                + " — target ≤ 10 s: %s", run.get("rows").asInt(), total, seconds.get("upload").asDouble(),
                seconds.get("validate").asDouble(), seconds.get("commit").asDouble(), job.get("createdCount").asInt(),
                job.get("skippedCount").asInt(), job.get("errorCount").asInt(), heapDuring("import"),
                total <= 10 ? "pass" : "FAIL"));
    }

    void heap() {
        if (recording.isEmpty()) {
            notes.add("peak heap: no flight recording");
            return;
        }
        long from = stages.named("start").map(Stages.Stage::startMillis).orElse(0L);
        long to = Long.MAX_VALUE;
        double peak = recording.peakHeapMb(from, to);
        notes.add(String.format(Locale.ROOT, "peak heap (application, -Xmx512m): %.0f MB in use before a collection;"
                + " %d collections, longest pause %.1f ms, %.1f s paused in all — target ≤ 512 MB: %s", peak,
                recording.collections(from, to), recording.longestPauseMs(from, to),
                recording.totalPauseMs(from, to) / 1000, peak <= 512 ? "pass" : "FAIL"));
    }

    Double heapDuring(String stage) {
        return stages.named(stage).filter(s -> !recording.isEmpty())
                .map(s -> recording.peakHeapMb(s.startMillis(), s.endMillis())).orElse(null);
    }

    String cpuTable() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "CPU, percent of the machine (%d cores), by stage%n",
                CORES));
        b.append(String.format(Locale.ROOT, "%-22s %7s", "stage", "seconds"));
        for (ProcessKind kind : ProcessKind.values()) {
            b.append(String.format(Locale.ROOT, " %14s", kind.name().toLowerCase(Locale.ROOT)));
        }
        b.append(String.format(Locale.ROOT, " %8s%n", "idle"));
        for (Stages.Stage stage : stages.all()) {
            cpuRow(b, stage.name(), stage.startMillis(), stage.endMillis());
            ramps.ofStage(stage.name()).ifPresent(ramp -> rampLevelRows(b, ramp.levels()));
        }
        return b.toString();
    }

    /**
     * The ramp's levels one by one: averaged over the whole ramp, the low levels' idle machine hides
     * that the knee comes with the machine's saturation.
     */
    private void rampLevelRows(StringBuilder b, JsonNode ramp) {
        if (ramp.get("startMillis") == null) {
            return;
        }
        long start = ramp.get("startMillis").asLong();
        long period = ramp.get("periodMillis").asLong();
        long length = Math.round(ramp.get("levelSeconds").asDouble() * 1000);
        for (JsonNode level : ramp.get("levels")) {
            long from = start + level.get("index").asLong() * period;
            cpuRow(b, String.format(Locale.ROOT, "  at %.0f req/s", level.get("offeredPerSecond").asDouble()), from,
                    from + length);
        }
    }

    private void cpuRow(StringBuilder b, String name, long fromMillis, long toMillis) {
        Map<ProcessKind, Double> split = cpu.percent(fromMillis, toMillis);
        b.append(String.format(Locale.ROOT, "%-22s %7.0f", name, (toMillis - fromMillis) / 1000.0));
        double busy = 0;
        for (ProcessKind kind : ProcessKind.values()) {
            b.append(String.format(Locale.ROOT, " %13.0f%%", split.get(kind)));
            busy += split.get(kind);
        }
        b.append(String.format(Locale.ROOT, " %7.0f%%%n", Math.max(0, 100 - busy)));
    }

    String hotMethods() {
        StringBuilder b = new StringBuilder();
        for (String stage : List.of("mixed-constant", "search-name-infix", "customer-list", "customer-360")) {
            stages.named(stage).ifPresent(s -> {
                b.append("hottest methods of the application during ").append(stage).append(" (share of CPU samples):\n");
                recording.hottest(s.startMillis(), s.endMillis(), null, 8).forEach((m, p) ->
                        b.append(String.format(Locale.ROOT, "  %5.1f%%  %s%n", p, m)));
                b.append("  in Kezhi's own code (first io.kezhi frame of each sample):\n");
                recording.hottest(s.startMillis(), s.endMillis(), "io.kezhi.", 6).forEach((m, p) ->
                        b.append(String.format(Locale.ROOT, "  %5.1f%%  %s%n", p, m)));
            });
        }
        return b.toString();
    }

    static JsonNode json(Path file) throws IOException {
        return Files.exists(file) ? JsonMapper.builder().build().readTree(file.toFile()) : null;
    }
}
