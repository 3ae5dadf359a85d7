package io.kezhi.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Response times of an open-model run by arrival-rate level: a request belongs to the level in which it
 * started; requests started during the short ramps between levels are not counted. Gatling's report has
 * the run's totals; this says at which arrival rate the 95th percentile crossed the knee.
 */
public final class LevelRecorder {

    /**
     * One level's outcome: offered rate, completed requests, failures, percentiles, throughput, and the
     * same per operation (which of them slowed down first when the level passed the knee).
     */
    public record Level(int index, double offeredPerSecond, int requests, int failures, long p50, long p95,
            long p99, double okPerSecond, Map<String, OperationLevel> byOperation) {
    }

    /** One operation's requests within a level. */
    public record OperationLevel(int requests, int failures, long p50, long p95, long p99) {
    }

    private record Sample(long millis, boolean ok, String operation) {
    }

    private volatile long startMillis;
    private final long levelMillis;
    private final long periodMillis;
    private final double firstRate;
    private final double step;
    private final int levels;
    private final int kneeMillis;
    private final List<List<Sample>> samples = new ArrayList<>();
    private int checkedLevel = -1;
    private int levelsPastKnee;

    /** Starts at once; {@link #start} moves the start to when the injection really begins. */
    public LevelRecorder(long levelMillis, long rampMillis, double firstRate, double step, int levels,
            int kneeMillis) {
        this.startMillis = System.currentTimeMillis();
        this.levelMillis = levelMillis;
        this.periodMillis = levelMillis + rampMillis;
        this.firstRate = firstRate;
        this.step = step;
        this.levels = levels;
        this.kneeMillis = kneeMillis;
        for (int i = 0; i < levels; i++) {
            samples.add(new ArrayList<>());
        }
    }

    public void start(long epochMillis) {
        startMillis = epochMillis;
    }

    /** A finished request of {@code operation} that started at {@code startedAt} (epoch ms) and took {@code millis}. */
    public synchronized void record(String operation, long startedAt, long millis, boolean ok) {
        long offset = startedAt - startMillis;
        if (offset < 0) {
            return;
        }
        int level = (int) (offset / periodMillis);
        if (level >= levels || offset % periodMillis >= levelMillis) {
            return;
        }
        samples.get(level).add(new Sample(millis, ok, operation));
        if (level > checkedLevel + 1) { // the previous level is over: was it past the knee?
            checkedLevel = level - 1;
            levelsPastKnee = level(checkedLevel).p95() > kneeMillis ? levelsPastKnee + 1 : 0;
        }
    }

    /** Two levels in a row had their 95th percentile above the knee: going on would only pile up requests. */
    public synchronized boolean pastKnee() {
        return levelsPastKnee >= 2;
    }

    public synchronized List<Level> levels() {
        List<Level> result = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            if (!samples.get(i).isEmpty()) {
                result.add(level(i));
            }
        }
        return result;
    }

    private Level level(int index) {
        List<Sample> level = samples.get(index);
        OperationLevel all = summary(level);
        Map<String, OperationLevel> byOperation = new TreeMap<>();
        level.stream().collect(Collectors.groupingBy(Sample::operation))
                .forEach((operation, its) -> byOperation.put(operation, summary(its)));
        return new Level(index, firstRate + index * step, all.requests(), all.failures(), all.p50(), all.p95(),
                all.p99(), (all.requests() - all.failures()) * 1000.0 / levelMillis, byOperation);
    }

    private static OperationLevel summary(List<Sample> level) {
        long[] millis = level.stream().mapToLong(Sample::millis).sorted().toArray();
        int failures = (int) level.stream().filter(s -> !s.ok()).count();
        return new OperationLevel(millis.length, failures, percentile(millis, 50), percentile(millis, 95),
                percentile(millis, 99));
    }

    /** Nearest-rank percentile of sorted values (0 for none). */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    public void write(Path file, Map<String, Object> about) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>(about);
        json.put("kneeMillis", kneeMillis);
        json.put("startMillis", startMillis);
        json.put("periodMillis", periodMillis);
        json.put("levelSeconds", levelMillis / 1000.0);
        json.put("levels", levels());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(json));
    }
}
