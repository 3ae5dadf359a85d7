package io.kezhi.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GatlingStatsTest {

    private static String row(String name, String... values) {
        StringBuilder b = new StringBuilder("<tr data-parent=\"ROOT\"><td class=\"total col-1\"><span onmouseover=\"x\""
                + " id=\"stats-table-x\" class=\"ellipsed-name\">" + name + "</span></td>\n");
        for (int i = 0; i < values.length; i++) {
            b.append("  <td class=\"value ").append(i == 1 ? "ok" : i == 2 || i == 3 ? "ko" : "total")
                    .append(" col-").append(i + 2).append("\">").append(values[i]).append("</td>\n");
        }
        return b.append("</tr>").toString();
    }

    @Test
    void readsTheStatisticsTableOfGatlingsReport() {
        String html = "<table><tbody>" + row("All Requests", "3,530", "3,530", "-", "0", "57.87", "8", "83", "113", "192",
                "320", "718", "95", "58") + "</tbody></table><table>" + row("customer-list OWN", "670", "660", "10", "1.5",
                "10.98", "10", "82", "115", "200", "341", "718", "96", "64") + "</table>";
        List<GatlingStats.Row> rows = GatlingStats.parse(html);
        assertThat(rows).hasSize(2);
        GatlingStats.Row all = GatlingStats.row(rows, GatlingStats.ALL).orElseThrow();
        assertThat(all.total()).isEqualTo(3530);
        assertThat(all.ko()).isZero();
        assertThat(all.perSecond()).isEqualTo(57.87);
        assertThat(all.p50()).isEqualTo(83);
        assertThat(all.p95()).isEqualTo(192);
        assertThat(all.p99()).isEqualTo(320);
        GatlingStats.Row own = GatlingStats.row(rows, "customer-list OWN").orElseThrow();
        assertThat(own.ko()).isEqualTo(10);
        assertThat(own.max()).isEqualTo(718);
    }
}
