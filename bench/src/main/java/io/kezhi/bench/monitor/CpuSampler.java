package io.kezhi.bench.monitor;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Map.Entry;

/**
 * Samples every process's CPU time once a second and writes, per second, how much CPU each
 * {@link ProcessKind} used ({@code epochMillis,kind,cpuSeconds}); runs until the file named by
 * {@code --stop-file} appears or the application process ends. Linux only (/proc); clock ticks of 1/100 s.
 *
 * <pre>java ... CpuSampler --app-pid PID --database kezhi_bench --out cpu.csv --stop-file FILE</pre>
 */
public final class CpuSampler {

    static final double TICKS_PER_SECOND = 100.0;

    private final int appPid;
    private final String database;
    private final Map<Integer, Long> lastTicks = new HashMap<>();
    private final Map<Integer, ProcessKind> kinds = new HashMap<>();
    private long lastSteal = -1;

    public CpuSampler(int appPid, String database) {
        this.appPid = appPid;
        this.database = database;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = io.kezhi.bench.Args.parse(args);
        CpuSampler sampler = new CpuSampler(Integer.parseInt(options.get("app-pid")), options.get("database"));
        Path stop = Path.of(options.get("stop-file"));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(options.get("out")),
                StandardCharsets.UTF_8))) {
            out.println("epochMillis,kind,cpuSeconds");
            sampler.sample();
            while (!Files.exists(stop) && Files.exists(Path.of("/proc/" + sampler.appPid))) {
                Thread.sleep(1000);
                long now = System.currentTimeMillis();
                for (Entry<ProcessKind, Double> used : sampler.sample().entrySet()) {
                    out.printf("%d,%s,%.2f%n", now, used.getKey(), used.getValue());
                }
                out.flush();
            }
        }
    }

    /** CPU seconds used by each kind of process (and stolen from the machine) since the previous sample. */
    public Map<ProcessKind, Double> sample() throws IOException {
        Map<ProcessKind, Double> used = new EnumMap<>(ProcessKind.class);
        long steal = stealTicks(Files.readAllLines(Path.of("/proc/stat")).get(0));
        if (lastSteal >= 0) {
            used.put(ProcessKind.STOLEN, (steal - lastSteal) / TICKS_PER_SECOND);
        }
        lastSteal = steal;
        Map<Integer, Long> seen = new HashMap<>();
        try (var entries = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path dir : entries) {
                ProcStat stat;
                try {
                    stat = ProcStat.parse(Files.readString(dir.resolve("stat")));
                } catch (IOException | RuntimeException gone) {
                    continue;
                }
                seen.put(stat.pid(), stat.ticks());
                Long before = lastTicks.get(stat.pid());
                if (before == null) {
                    continue; // new since the last sample: counted from the next one
                }
                ProcessKind kind = kinds.computeIfAbsent(stat.pid(), pid -> classify(dir, pid, stat.comm()));
                used.merge(kind, (stat.ticks() - before) / TICKS_PER_SECOND, Double::sum);
            }
        }
        kinds.keySet().retainAll(seen.keySet());
        lastTicks.clear();
        lastTicks.putAll(seen);
        return used;
    }

    /**
     * The steal ticks of all cores from the first line of /proc/stat ({@code cpu user nice system idle
     * iowait irq softirq steal ...}); 0 where the kernel does not count them.
     */
    static long stealTicks(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        if (!f[0].equals("cpu")) {
            throw new IllegalArgumentException("not the all-cores line of /proc/stat: " + cpuLine);
        }
        return f.length > 8 ? Long.parseLong(f[8]) : 0;
    }

    private ProcessKind classify(Path dir, int pid, String comm) {
        String cmdline;
        try {
            cmdline = new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            cmdline = "";
        }
        java.util.regex.Matcher worker = PARALLEL_WORKER.matcher(cmdline);
        if (worker.find()) { // a parallel worker works for its leader's database
            ProcessKind leader = kinds.get(Integer.parseInt(worker.group(1)));
            if (leader != null) {
                return leader;
            }
        }
        return ProcessKind.of(pid, appPid, cmdline, comm, database);
    }

    private static final java.util.regex.Pattern PARALLEL_WORKER =
            java.util.regex.Pattern.compile("parallel worker for PID (\\d+)");
}
