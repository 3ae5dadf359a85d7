package io.kezhi.bench.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Query strings of the customer list as people use it: a quarter the default view (newest changes
 * first), the rest one or two filters with values that exist in the data and a sort from the list's
 * allow-list. Values are written as they are (codes, Chinese tags): Gatling encodes the URL.
 */
public final class ListFilters {

    static final List<String> SORTS = List.of("updatedAt,desc", "lastFollowUpAt,desc", "nextFollowUpAt,asc",
            "name,asc", "createdAt,desc", "points,desc");
    static final List<String> DAYS = List.of("staleDays=30", "staleDays=90", "noFollowUpDays=30", "noFollowUpDays=60");

    private ListFilters() {
    }

    /**
     * @param values filter parameter (industry, source, valueClass...) to the values present in the data
     */
    public static List<String> queries(Map<String, List<String>> values, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> parameters = values.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey).sorted().toList();
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i % 4 == 0 || parameters.isEmpty()) {
                queries.add("page=1&size=20");
                continue;
            }
            List<String> parts = new ArrayList<>();
            String first = parameters.get(random.nextInt(parameters.size()));
            parts.add(pick(first, values.get(first), random));
            if (random.nextInt(3) == 0) {
                parts.add(DAYS.get(random.nextInt(DAYS.size())));
            } else if (random.nextBoolean()) {
                String second = parameters.get(random.nextInt(parameters.size()));
                if (!second.equals(first)) {
                    parts.add(pick(second, values.get(second), random));
                }
            }
            parts.add("sort=" + SORTS.get(random.nextInt(SORTS.size())));
            parts.add("page=" + (random.nextInt(5) == 0 ? 2 : 1) + "&size=20");
            queries.add(String.join("&", parts));
        }
        return queries;
    }

    private static String pick(String parameter, List<String> options, SplittableRandom random) {
        return parameter + "=" + options.get(random.nextInt(options.size()));
    }
}
