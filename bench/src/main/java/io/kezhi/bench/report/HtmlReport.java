package io.kezhi.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The report as one HTML page: the results table, the notes, the CPU split, hot methods, links to Gatling's reports. */
final class HtmlReport {

    private final Report report;

    HtmlReport(Report report) {
        this.report = report;
    }

    String html() throws IOException {
        StringBuilder b = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kezhi benchmark</title><style>
                body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}
                td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right}td:first-child,th:first-child{text-align:left}
                .pass{background:#e6f4e6}.FAIL{background:#fbe3e3}.na{color:#888}pre{background:#f6f6f6;padding:1em}
                </style></head><body><h1>Kezhi CRM benchmark</h1>
                """);
        Path machine = report.target.resolve("load/machine.properties");
        if (Files.exists(machine)) {
            b.append("<pre>").append(escape(Files.readString(machine))).append("</pre>");
        }
        b.append("<table><tr>");
        for (String h : ResultTable.HEADER) {
            b.append("<th>").append(escape(h)).append("</th>");
        }
        b.append("<th>note</th><th>Gatling</th></tr>");
        for (Result r : report.results) {
            String css = r.verdict() == Result.Verdict.NOT_AVAILABLE ? "na" : r.verdict().label();
            b.append("<tr class=\"").append(css).append("\">");
            cell(b, r.name());
            cell(b, ResultTable.ms(r.p50()));
            cell(b, ResultTable.ms(r.p95()));
            cell(b, ResultTable.ms(r.p99()));
            cell(b, ResultTable.number(r.throughput()));
            cell(b, r.errors() == null ? "" : r.errors().toString());
            cell(b, ResultTable.ms(r.rawP50()));
            cell(b, r.ratio() == null ? "" : String.format(Locale.ROOT, "%.1f×", r.ratio()));
            cell(b, r.target());
            cell(b, r.verdict().label());
            cell(b, r.peakHeapMb() == null ? "" : String.format(Locale.ROOT, "%.0f MB", r.peakHeapMb()));
            cell(b, r.note());
            b.append("<td>").append(link(r.name())).append("</td></tr>\n");
        }
        b.append("</table><ul>");
        report.notes.forEach(n -> b.append("<li>").append(escape(n)).append("</li>"));
        b.append("</ul><h2>CPU</h2><pre>").append(escape(report.cpuTable())).append("</pre>");
        b.append("<h2>Where the application spent its CPU</h2><pre>").append(escape(report.hotMethods())).append("</pre>");
        b.append("<h2>Gatling reports</h2><ul>");
        try (Stream<Path> dirs = Files.list(report.target.resolve("gatling"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Optional<Path> index = GatlingStats.find(dir);
                index.ifPresent(i -> b.append("<li><a href=\"../").append(report.target.relativize(i)).append("\">")
                        .append(escape(dir.getFileName().toString())).append("</a></li>"));
            }
        }
        b.append("</ul><p>Raw SQL: <a href=\"../sql/captured.json\">captured statements</a>, <a href=\"../sql/raw-sql.json\">"
                + "replay times</a>.</p></body></html>\n");
        return b.toString();
    }

    private String link(String name) throws IOException {
        Path dir = report.target.resolve("gatling/" + name.trim());
        Optional<Path> index = name.startsWith(" ") ? Optional.empty() : GatlingStats.find(dir);
        return index.map(i -> "<a href=\"../" + report.target.relativize(i) + "\">report</a>").orElse("");
    }

    private static void cell(StringBuilder b, String text) {
        b.append("<td>").append(escape(text)).append("</td>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
