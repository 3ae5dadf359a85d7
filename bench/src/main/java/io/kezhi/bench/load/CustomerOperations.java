package io.kezhi.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.Session;
import io.kezhi.bench.report.OperationCatalog;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The customer module's operations as a signed-in user performs them, one request each, named
 * "operation SCOPE" so that the report shows each data scope apart. {@link #signIn} puts a user's session
 * cookie and CSRF token into the virtual user; {@link #perform} then runs one operation. New operations
 * (opportunity kanban, funnel...) come here and in {@link OperationCatalog} when their modules land.
 */
public final class CustomerOperations {

    private static final String HOST = "127.0.0.1";

    private final FeederBuilder<Object> everyone = listFeeder(SignedInUsers.all()).circular();
    private final FeederBuilder<Object> reps = listFeeder(SignedInUsers.ofScope("OWN")).circular();
    private final FeederBuilder<String> listFilters = feeder("list-filters.csv");
    private final FeederBuilder<String> followUpTypes = feeder("follow-up-types.csv");
    private final Map<String, FeederBuilder<String>> searchTerms = Map.of(
            "search-name-infix", feeder("search-name-infix.csv"), "search-name-prefix", feeder("search-name-prefix.csv"),
            "search-pinyin", feeder("search-pinyin.csv"), "search-phone", feeder("search-phone.csv"),
            "search-contact", feeder("search-contact.csv"));

    private static FeederBuilder<String> feeder(String file) {
        return csv(BenchSettings.feeders().resolve(file).toString()).random();
    }

    /** Takes the next signed-in user (a rep for operations that write follow-ups) into the virtual user. */
    public ChainBuilder signIn(String operation) {
        return exec(feed(operation.equals("follow-up-entry") ? reps : everyone),
                exec(addCookie(Cookie("KZSESSION", "#{kzsession}").withDomain(HOST).withPath("/")),
                        addCookie(Cookie("XSRF-TOKEN", "#{xsrf}").withDomain(HOST).withPath("/"))));
    }

    public ChainBuilder perform(String operation) {
        return switch (operation) {
            case "customer-list" -> exec(feed(listFilters),
                    get(operation, "/api/v1/customers?#{query}&total=true"));
            case "search-name-infix", "search-name-prefix", "search-pinyin", "search-phone", "search-contact" ->
                    exec(feed(searchTerms.get(operation)), exec(http(operation + " #{scope}")
                            .get(OperationCatalog.searchedList(operation)).queryParam("q", "#{term}")
                            .queryParam("page", "1").queryParam("size", "20").queryParam("total", "true")
                            .check(status().is(200))));
            case "customer-360" -> exec(pickCustomer(), get(operation, "/api/v1/customers/#{customerId}/overview"));
            case "customer-360-timeline" -> exec(pickCustomer(),
                    get(operation, "/api/v1/customers/#{customerId}/timeline?size=20"));
            case "contact-list" -> get(operation, "/api/v1/contacts?page=1&size=20&total=true");
            case "follow-up-list" -> get(operation, "/api/v1/follow-ups?page=1&size=20&total=true");
            case "follow-up-entry" -> exec(feed(followUpTypes), pickCustomer(),
                    exec(http(operation + " #{scope}").post("/api/v1/customers/#{customerId}/follow-ups")
                            .header("X-XSRF-TOKEN", "#{xsrf}").header("Content-Type", "application/json")
                            .body(StringBody(CustomerOperations::followUp)).check(status().is(201))));
            default -> throw new IllegalArgumentException("unknown operation " + operation + "; known: " + OperationCatalog.AVAILABLE);
        };
    }

    private static ChainBuilder get(String operation, String path) {
        return exec(http(operation + " #{scope}").get(path).check(status().is(200)));
    }

    /** One of the user's own (in-scope) customers, at random. */
    private static ChainBuilder pickCustomer() {
        return exec(session -> {
            String[] ids = session.getString("customers").split(" ");
            return session.set("customerId", ids[ThreadLocalRandom.current().nextInt(ids.length)]);
        });
    }

    private static String followUp(Session session) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return """
                {"followType":"%s","content":"基准测试跟进：电话沟通需求，客户希望下周看方案。","occurredAt":"%s",\
                "nextFollowUpAt":"%s","nextAction":"发送方案"}""".formatted(session.getString("followType"), now,
                now.plus(7, ChronoUnit.DAYS));
    }
}
