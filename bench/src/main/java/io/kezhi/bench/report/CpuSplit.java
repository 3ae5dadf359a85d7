package io.kezhi.bench.report;

import io.kezhi.bench.monitor.ProcessKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How the machine's CPU was shared during a stage, from the sampler's {@code cpu.csv}: for each kind of
 * process, its CPU seconds divided by the stage's length times the cores, in percent of the machine.
 */
public final class CpuSplit {

    record Sample(long epochMillis, ProcessKind kind, double cpuSeconds) {
    }

    private final List<Sample> samples;
    private final int cores;

    CpuSplit(List<Sample> samples, int cores) {
        this.samples = samples;
        this.cores = cores;
    }

    public static CpuSplit read(Path file, int cores) throws IOException {
        List<Sample> samples = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] f = line.split(",");
                if (f.length == 3 && !f[0].equals("epochMillis")) {
                    samples.add(new Sample(Long.parseLong(f[0]), ProcessKind.valueOf(f[1]), Double.parseDouble(f[2])));
                }
            }
        }
        return new CpuSplit(samples, cores);
    }

    /** Percent of the whole machine (all cores) each kind used between the two instants. */
    public Map<ProcessKind, Double> percent(long fromMillis, long toMillis) {
        Map<ProcessKind, Double> used = new EnumMap<>(ProcessKind.class);
        for (ProcessKind kind : ProcessKind.values()) {
            used.put(kind, 0.0);
        }
        double seconds = (toMillis - fromMillis) / 1000.0;
        if (seconds <= 0) {
            return used;
        }
        for (Sample s : samples) {
            if (s.epochMillis() > fromMillis && s.epochMillis() <= toMillis) {
                used.merge(s.kind(), s.cpuSeconds() / (seconds * cores) * 100, Double::sum);
            }
        }
        return used;
    }
}
