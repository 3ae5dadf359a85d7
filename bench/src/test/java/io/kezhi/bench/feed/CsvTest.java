package io.kezhi.bench.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {

    @Test
    void writesAndReadsBackQuotedFields(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("f.csv");
        Csv.write(file, List.of("query", "note"), List.of(List.of("sort=name,asc&page=1", "他说\"好\""),
                List.of("page=1&size=20", "")));
        assertThat(Files.readAllLines(file).get(1)).isEqualTo("\"sort=name,asc&page=1\",\"他说\"\"好\"\"\"");
        assertThat(CsvReader.read(file)).containsExactly(Map.of("query", "sort=name,asc&page=1", "note", "他说\"好\""),
                Map.of("query", "page=1&size=20", "note", ""));
    }
}
