package io.kezhi.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** When each stage of bench/run.sh ran ({@code load/stages.tsv}: stage, start and end in epoch ms). */
public record Stages(List<Stage> all) {

    public record Stage(String name, long startMillis, long endMillis) {

        public double seconds() {
            return (endMillis - startMillis) / 1000.0;
        }
    }

    public static Stages read(Path file) throws IOException {
        List<Stage> stages = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = line.split("\t");
                stages.add(new Stage(f[0], Long.parseLong(f[1]), Long.parseLong(f[2])));
            }
        }
        return new Stages(stages);
    }

    public Optional<Stage> named(String name) {
        return all.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
