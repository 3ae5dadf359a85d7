package io.kezhi.bench.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListFiltersTest {

    private static final Map<String, List<String>> VALUES = Map.of("industry", List.of("it", "logistics"),
            "tag", List.of("渠道客户"), "valueClass", List.of("A", "B"), "source", List.of());

    @Test
    void aQuarterDefaultViewsTheRestFiltersWithASort() {
        List<String> queries = ListFilters.queries(VALUES, 40, 42);
        assertThat(queries).hasSize(40);
        assertThat(queries.stream().filter(q -> q.equals("page=1&size=20"))).hasSize(10);
        queries.stream().filter(q -> !q.equals("page=1&size=20")).forEach(q -> {
            assertThat(q).matches("(industry|tag|valueClass)=.*&sort=[a-zA-Z]+,(asc|desc)&page=[12]&size=20");
            assertThat(q).doesNotContain("source=");
        });
    }

    @Test
    void deterministicForASeed() {
        assertThat(ListFilters.queries(VALUES, 30, 7)).isEqualTo(ListFilters.queries(VALUES, 30, 7));
    }
}
