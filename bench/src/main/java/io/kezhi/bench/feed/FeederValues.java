package io.kezhi.bench.feed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of the feeders {@link PrepareFeeders} wrote, by feeder name (list filters, follow-up types,
 * the four kinds of search term), for the tools that build the load scenarios' requests without Gatling
 * ({@link io.kezhi.bench.sql.OperationRequest}).
 */
public final class FeederValues {

    private FeederValues() {
    }

    public static Map<String, List<String>> read(Path feeders) throws IOException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("list-filters", column(feeders, "list-filters.csv", "query"));
        values.put("follow-up-types", column(feeders, "follow-up-types.csv", "followType"));
        for (String search : List.of("search-name-infix", "search-name-prefix", "search-pinyin", "search-phone",
                "search-contact")) {
            values.put(search, column(feeders, search + ".csv", "term"));
        }
        return values;
    }

    private static List<String> column(Path feeders, String file, String column) throws IOException {
        return CsvReader.read(feeders.resolve(file)).stream().map(r -> r.get(column)).toList();
    }
}
