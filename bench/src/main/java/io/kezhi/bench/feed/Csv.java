package io.kezhi.bench.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV files for Gatling's feeders: a header row, fields quoted when they need it. */
public final class Csv {

    private Csv() {
    }

    public static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        List<String> lines = new ArrayList<>(rows.size() + 1);
        lines.add(line(header));
        rows.forEach(row -> lines.add(line(row)));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(","));
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
