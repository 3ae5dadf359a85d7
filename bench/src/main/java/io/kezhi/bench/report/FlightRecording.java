package io.kezhi.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * What the application's flight recording says: heap used before each collection (its peak in a time
 * window), collection pauses, and where the CPU went (execution samples: the top frames, and the top
 * frames in the application's own code).
 */
public final class FlightRecording {

    record HeapPoint(long epochMillis, long usedBytes) {
    }

    record Pause(long epochMillis, Duration duration) {
    }

    record Sample(long epochMillis, List<String> frames) {
    }

    private final List<HeapPoint> heap = new ArrayList<>();
    private final List<Pause> pauses = new ArrayList<>();
    private final List<Sample> samples = new ArrayList<>();

    public static FlightRecording read(Path file) throws IOException {
        FlightRecording recording = new FlightRecording();
        if (!Files.exists(file)) {
            return recording;
        }
        try (RecordingFile events = new RecordingFile(file)) {
            while (events.hasMoreEvents()) {
                recording.add(events.readEvent());
            }
        }
        return recording;
    }

    private void add(RecordedEvent event) {
        long at = event.getStartTime().toEpochMilli();
        switch (event.getEventType().getName()) {
            case "jdk.GCHeapSummary" -> heap.add(new HeapPoint(at, event.getLong("heapUsed")));
            case "jdk.GarbageCollection" -> pauses.add(new Pause(at, event.getDuration("longestPause")));
            case "jdk.ExecutionSample" -> {
                RecordedStackTrace stack = event.getStackTrace();
                if (stack != null) {
                    samples.add(new Sample(at, stack.getFrames().stream().limit(64).map(FlightRecording::frame)
                            .toList()));
                }
            }
            default -> { }
        }
    }

    private static String frame(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    public boolean isEmpty() {
        return heap.isEmpty();
    }

    /** The most heap in use at any collection between the instants (MB), 0 without data. */
    public double peakHeapMb(long from, long to) {
        return heap.stream().filter(h -> h.epochMillis() >= from && h.epochMillis() <= to)
                .mapToLong(HeapPoint::usedBytes).max().orElse(0) / 1024.0 / 1024.0;
    }

    public int collections(long from, long to) {
        return (int) pauses.stream().filter(p -> p.epochMillis() >= from && p.epochMillis() <= to).count();
    }

    public double longestPauseMs(long from, long to) {
        return pauses.stream().filter(p -> p.epochMillis() >= from && p.epochMillis() <= to)
                .mapToDouble(p -> p.duration().toNanos() / 1e6).max().orElse(0);
    }

    public double totalPauseMs(long from, long to) {
        return pauses.stream().filter(p -> p.epochMillis() >= from && p.epochMillis() <= to)
                .mapToDouble(p -> p.duration().toNanos() / 1e6).sum();
    }

    /**
     * The methods most often on top of the stack between the instants (share of samples, percent); with
     * {@code prefix}, the first frame of a method whose class starts with it (e.g. io.kezhi.crm).
     */
    public Map<String, Double> hottest(long from, long to, String prefix, int limit) {
        List<Sample> window = samples.stream().filter(s -> s.epochMillis() >= from && s.epochMillis() <= to).toList();
        Map<String, Integer> counts = new HashMap<>();
        for (Sample s : window) {
            s.frames().stream().filter(f -> prefix == null || f.startsWith(prefix)).findFirst()
                    .ifPresent(f -> counts.merge(f, 1, Integer::sum));
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> 100.0 * e.getValue() / Math.max(1, window.size()),
                        (a, b) -> a, LinkedHashMap::new));
    }
}
