package io.kezhi.bench.sql;

import io.kezhi.bench.report.OperationCatalog;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The HTTP request of one operation with concrete values, as the load scenarios send it
 * ({@link io.kezhi.bench.load.CustomerOperations}): method, path with query, and a JSON body for writes.
 */
public record OperationRequest(String operation, String scope, String method, String path, String body) {

    /**
     * The {@code k}-th request of an operation for a signed-in user, with the {@code k}-th value of each
     * feeder (search term, list filter, customer of the user, follow-up type).
     */
    public static OperationRequest of(String operation, Map<String, String> user, int k,
            Map<String, List<String>> feeders) {
        String scope = user.get("scope");
        String[] customers = user.get("customers").split(" ");
        String customer = customers[k % customers.length];
        return switch (operation) {
            case "customer-list" -> get(operation, scope, "/api/v1/customers?" + encodeQuery(
                    value(feeders, "list-filters", k)) + "&total=true");
            case "search-name-infix", "search-name-prefix", "search-pinyin", "search-phone", "search-contact" ->
                    get(operation, scope, OperationCatalog.searchedList(operation) + "?q="
                            + encode(value(feeders, operation, k)) + "&page=1&size=20&total=true");
            case "customer-360" -> get(operation, scope, "/api/v1/customers/" + customer + "/overview");
            case "customer-360-timeline" -> get(operation, scope, "/api/v1/customers/" + customer + "/timeline?size=20");
            case "contact-list" -> get(operation, scope, "/api/v1/contacts?page=1&size=20&total=true");
            case "follow-up-list" -> get(operation, scope, "/api/v1/follow-ups?page=1&size=20&total=true");
            case "follow-up-entry" -> {
                Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                yield new OperationRequest(operation, scope, "POST", "/api/v1/customers/" + customer + "/follow-ups",
                        """
                        {"followType":"%s","content":"基准测试跟进：电话沟通需求，客户希望下周看方案。","occurredAt":"%s",\
                        "nextFollowUpAt":"%s","nextAction":"发送方案"}""".formatted(value(feeders, "follow-up-types", k),
                                now, now.plus(7, ChronoUnit.DAYS)));
            }
            default -> throw new IllegalArgumentException("unknown operation " + operation);
        };
    }

    private static OperationRequest get(String operation, String scope, String path) {
        return new OperationRequest(operation, scope, "GET", path, null);
    }

    private static String value(Map<String, List<String>> feeders, String feeder, int k) {
        List<String> values = feeders.get(feeder);
        return values.get(k % values.size());
    }

    /** name=value&... with each value URL-encoded (the feeder keeps them raw, as Gatling encodes them). */
    static String encodeQuery(String query) {
        StringBuilder b = new StringBuilder();
        for (String part : query.split("&")) {
            int eq = part.indexOf('=');
            b.append(b.length() == 0 ? "" : "&").append(part, 0, eq + 1).append(encode(part.substring(eq + 1)));
        }
        return b.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
