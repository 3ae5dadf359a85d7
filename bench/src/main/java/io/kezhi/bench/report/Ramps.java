package io.kezhi.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The mixed ramps of a run: {@code bench/run.sh} ramps several times ({@code load/ramp-levels-N.json}, stage
 * {@code mixed-ramp-N}), because one ramp's knee is one sample (crossing at 120 to 280 req/s for one jar on one machine,
 * docs/performance.md, run AP); the report takes the ramp with the median knee. A run of an older
 * {@code run.sh} has one {@code load/ramp-levels.json}, stage {@code mixed-ramp}.
 */
public record Ramps(List<Ramp> all) {

    private static final Pattern NUMBERED = Pattern.compile("ramp-levels-(\\d+)\\.json");

    /** One ramp: the stage it ran as, its levels and where they crossed the knee. */
    public record Ramp(String stage, JsonNode levels, Knee knee) {

        /** The highest rate offered that held the knee (0 when even the first level crossed it). */
        double heldPerSecond() {
            return knee.lastBelow() == null ? 0 : knee.lastBelow().get("offeredPerSecond").asDouble();
        }
    }

    public static Ramps read(Path loadDirectory) throws IOException {
        List<Ramp> ramps = new ArrayList<>();
        if (Files.isDirectory(loadDirectory)) {
            SortedMap<Integer, Path> numbered = new TreeMap<>();
            try (Stream<Path> files = Files.list(loadDirectory)) {
                files.forEach(f -> {
                    Matcher m = NUMBERED.matcher(f.getFileName().toString());
                    if (m.matches()) {
                        numbered.put(Integer.parseInt(m.group(1)), f);
                    }
                });
            }
            for (Map.Entry<Integer, Path> file : numbered.entrySet()) {
                ramps.add(ramp("mixed-ramp-" + file.getKey(), file.getValue()));
            }
            Path single = loadDirectory.resolve("ramp-levels.json");
            if (ramps.isEmpty() && Files.exists(single)) {
                ramps.add(ramp("mixed-ramp", single));
            }
        }
        return new Ramps(ramps);
    }

    private static Ramp ramp(String stage, Path file) throws IOException {
        JsonNode levels = Report.json(file);
        return new Ramp(stage, levels, Knee.of(levels));
    }

    /** The ramp whose knee is the median (of an even number, the lower of the two middle ones); empty without ramps. */
    public Optional<Ramp> median() {
        if (all.isEmpty()) {
            return Optional.empty();
        }
        List<Ramp> byKnee = all.stream().sorted(Comparator.comparingDouble(Ramp::heldPerSecond)).toList();
        return Optional.of(byKnee.get((byKnee.size() - 1) / 2));
    }

    /** The ramp that ran as this stage, if any. */
    public Optional<Ramp> ofStage(String stage) {
        return all.stream().filter(r -> r.stage().equals(stage)).findFirst();
    }

    /**
     * E.g. "3 ramps held the knee up to 120, 260, 180 req/s (in the order they ran); the median (mixed-ramp-3): ..."
     * followed by that ramp's {@link Knee#sentence()}; for a single ramp, just its sentence.
     */
    public String sentence() {
        Ramp median = median().orElseThrow();
        if (all.size() == 1) {
            return median.knee().sentence();
        }
        List<String> held = all.stream().map(r -> String.format(Locale.ROOT, "%.0f", r.heldPerSecond())).toList();
        return String.format(Locale.ROOT, "%d ramps held the knee up to %s req/s (in the order they ran); the median (%s): %s",
                all.size(), String.join(", ", held), median.stage(), median.knee().sentence());
    }
}
