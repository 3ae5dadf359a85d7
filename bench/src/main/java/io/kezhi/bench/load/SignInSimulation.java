package io.kezhi.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.kezhi.bench.feed.Csv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every user of {@code users.csv} signs in through the real login API, as the web client does (CSRF
 * token from GET /auth/csrf, POST /auth/login with company code, login and password, a fresh token
 * after sign-in), at about five sign-ins a second. Their session cookies and CSRF tokens go to
 * {@code sessions.csv} for the other scenarios, which so never pay for a password hash while measured.
 */
public class SignInSimulation extends Simulation {

    private static final String COMPANY = System.getProperty("bench.company", "bench");
    private static final String PASSWORD = System.getProperty("bench.password", "Bench2026");

    private final Queue<List<String>> sessions = new ConcurrentLinkedQueue<>();
    private final FeederBuilder<String> users = csv(BenchSettings.feeders().resolve("users.csv").toString()).queue();
    private final int count = users.recordsCount();

    private final ScenarioBuilder signIn = scenario("sign-in").feed(users)
            .exec(http("csrf").get("/api/v1/auth/csrf").check(status().is(200)),
                    getCookieValue(CookieKey("XSRF-TOKEN").saveAs("xsrf")),
                    http("login #{scope}").post("/api/v1/auth/login").header("X-XSRF-TOKEN", "#{xsrf}")
                            .header("Content-Type", "application/json")
                            .body(StringBody("{\"company\":\"" + COMPANY + "\",\"username\":\"#{username}\","
                                    + "\"password\":\"" + PASSWORD + "\"}"))
                            .check(status().is(200)),
                    http("csrf after login").get("/api/v1/auth/csrf").check(status().is(200)),
                    getCookieValue(CookieKey("XSRF-TOKEN").saveAs("xsrf")),
                    getCookieValue(CookieKey("KZSESSION").saveAs("kzsession")))
            .exec(session -> {
                if (!session.isFailed()) {
                    sessions.add(List.of(session.getString("username"), session.getString("scope"),
                            session.getString("customers"), session.getString("kzsession"), session.getString("xsrf")));
                }
                return session;
            });

    {
        setUp(signIn.injectOpen(rampUsers(count).during(Duration.ofSeconds(Math.max(1, count / 5)))))
                .protocols(HttpSettings.browser());
    }

    @Override
    public void after() {
        try {
            Csv.write(BenchSettings.feeders().resolve(SignedInUsers.FILE),
                    List.of("username", "scope", "customers", "kzsession", "xsrf"), List.copyOf(sessions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("%d of %d users signed in, sessions in %s%n", sessions.size(), count,
                SignedInUsers.FILE);
    }
}
