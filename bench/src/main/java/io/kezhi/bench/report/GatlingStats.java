package io.kezhi.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The statistics table of a Gatling 3.14 HTML report (index.html): per request name (and "All Requests")
 * the counts, throughput and response-time percentiles Gatling computed. Gatling 3.14 writes no
 * stats.json; the table's columns are Total, OK, KO, % KO, Cnt/s, Min, 50th, 75th, 95th, 99th pct, Max,
 * Mean, Std Dev.
 */
public final class GatlingStats {

    /** One row of the table (times in ms). */
    public record Row(String name, long total, long ok, long ko, double perSecond, long min, long p50, long p75,
            long p95, long p99, long max, long mean) {
    }

    public static final String ALL = "All Requests";

    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern VALUE = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    private GatlingStats() {
    }

    /** The rows of the report in {@code dir} (the folder Gatling created, or one above it). */
    public static List<Row> read(Path dir) throws IOException {
        Optional<Path> index = find(dir);
        if (index.isEmpty()) {
            return List.of();
        }
        return parse(Files.readString(index.get()));
    }

    public static Optional<Path> find(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(dir, 2)) {
            return files.filter(p -> p.getFileName().toString().equals("index.html")).findFirst();
        }
    }

    static List<Row> parse(String html) {
        List<Row> rows = new ArrayList<>();
        for (String tr : html.split("<tr")) {
            Matcher name = NAME.matcher(tr);
            if (!name.find()) {
                continue;
            }
            String[] values = new String[15];
            Matcher value = VALUE.matcher(tr);
            while (value.find()) {
                values[Integer.parseInt(value.group(1))] = value.group(2).trim();
            }
            if (values[2] == null) {
                continue;
            }
            rows.add(new Row(unescape(name.group(1)), number(values[2]), number(values[3]), number(values[4]),
                    decimal(values[6]), number(values[7]), number(values[8]), number(values[9]), number(values[10]),
                    number(values[11]), number(values[12]), number(values[13])));
        }
        return rows;
    }

    public static Optional<Row> row(List<Row> rows, String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private static long number(String text) {
        return text == null || text.equals("-") || text.isEmpty() ? 0 : Long.parseLong(text.replace(",", ""));
    }

    private static double decimal(String text) {
        return text == null || text.equals("-") || text.isEmpty() ? 0 : Double.parseDouble(text.replace(",", ""));
    }

    private static String unescape(String text) {
        return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'");
    }
}
