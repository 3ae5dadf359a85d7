package io.kezhi.bench.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * One operation alone ({@code -Dbench.operation}), closed model: a fixed number of users at once
 * ({@code bench.concurrency}) for {@code bench.duration}. Each virtual user is a signed-in user who makes
 * {@code bench.requestsPerUser} requests back to back and leaves; the next one is another user, so the
 * run goes through many users of every scope and their caches.
 */
public class OperationSimulation extends Simulation {

    private final String operation = BenchSettings.operation();
    private final CustomerOperations operations = new CustomerOperations();

    private final ScenarioBuilder scenario = scenario(operation).exec(operations.signIn(operation))
            .exec(repeat(BenchSettings.requestsPerUser()).on(operations.perform(operation)));

    {
        setUp(scenario.injectClosed(constantConcurrentUsers(BenchSettings.concurrency())
                .during(BenchSettings.duration()))).protocols(HttpSettings.browser());
    }
}
