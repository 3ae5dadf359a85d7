package io.kezhi.bench.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportCsvTest {

    private static List<List<String>> rows(long seed) {
        return ImportCsv.rows(1000, seed, List.of("老客户甲有限公司", "老客户乙有限公司", "老客户丙有限公司"),
                List.of("rep0001", "rep0002"), List.of("it", "logistics"), List.of("referral"));
    }

    @Test
    void deterministicUniqueNamesWithEveryTenthAnExistingCustomer() {
        List<List<String>> rows = rows(42);
        assertThat(rows).hasSize(1000).isEqualTo(rows(42));
        assertThat(rows.stream().map(r -> r.get(0)).distinct()).hasSize(1000);
        assertThat(rows.get(9).get(0)).isEqualTo("老客户甲有限公司");
        assertThat(rows.get(19).get(0)).isEqualTo("老客户乙有限公司");
        assertThat(rows.get(0)).hasSize(ImportCsv.HEADER.size());
        assertThat(rows.get(0).get(2)).matches("1\\d\\d \\d{4} \\d{4}");
        assertThat(rows.get(0).get(5)).startsWith("rep");
        assertThat(rows(43)).isNotEqualTo(rows);
    }
}
