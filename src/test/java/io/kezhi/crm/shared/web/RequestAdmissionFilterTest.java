package io.kezhi.crm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kezhi.crm.shared.error.ProblemFactory;
import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RequestAdmissionFilterTest {

    /** As the application's: a problem's properties ("code") beside its standard fields. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger worked = new AtomicInteger();

    @AfterEach
    void releaseTheHeldTurn() {
        release.countDown();
    }

    @Test
    void aRequestBeyondTheTurnsAndTheLineIsAnsweredBusyAtOnceInTheCallersLanguage() throws Exception {
        RequestAdmissionFilter filter = filter(1, 0, Duration.ofSeconds(5));
        CompletableFuture<MockHttpServletResponse> holder = holdTheOnlyTurn(filter);

        long started = System.nanoTime();
        MockHttpServletResponse refused = run(filter, api("zh-CN"), this::work);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        JsonNode problem = JSON.readTree(refused.getContentAsString());
        assertThat(problem.get("code").asString()).isEqualTo("busy");
        assertThat(problem.get("detail").asString()).isEqualTo("服务器正忙，请稍后重试。");
        assertThat(JSON.readTree(run(filter, api("en"), this::work).getContentAsString()).get("detail").asString())
                .isEqualTo("The server is busy. Please try again in a moment.");
        assertThat(worked).hasValue(0);

        release.countDown();
        assertThat(holder.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(run(filter, api("zh-CN"), this::work).getStatus()).as("the turn is free again").isEqualTo(200);
        assertThat(worked).hasValue(1);
    }

    @Test
    void aRequestInLineTakesTheNextFreeTurn() throws Exception {
        RequestAdmissionFilter filter = filter(1, 1, Duration.ofSeconds(10));
        CompletableFuture<MockHttpServletResponse> holder = holdTheOnlyTurn(filter);
        CompletableFuture<MockHttpServletResponse> waiting = CompletableFuture.supplyAsync(
                () -> run(filter, api("zh-CN"), this::work));
        Thread.sleep(200);
        assertThat(waiting).as("waits while the turn is held").isNotDone();
        assertThat(run(filter, api("zh-CN"), this::work).getStatus()).as("the line holds one").isEqualTo(503);

        release.countDown();
        assertThat(holder.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(waiting.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(worked).hasValue(1);
    }

    @Test
    void aRequestWaitsForItsTurnNoLongerThanTheQueueTimeout() throws Exception {
        RequestAdmissionFilter filter = filter(1, 5, Duration.ofMillis(300));
        holdTheOnlyTurn(filter);
        long started = System.nanoTime();
        assertThat(run(filter, api("zh-CN"), this::work).getStatus()).isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(250), Duration.ofSeconds(3));
    }

    @Test
    void onlyApiRequestsWaitForATurn() throws Exception {
        RequestAdmissionFilter filter = filter(1, 0, Duration.ofSeconds(5));
        holdTheOnlyTurn(filter);
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/customers");
        assertThat(run(filter, page, this::work).getStatus()).isEqualTo(200);
        assertThat(worked).hasValue(1);
    }

    @Test
    void limitsOutsideTheirRangeAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new AdmissionLimits(0, 100, Duration.ofSeconds(2)))
                .hasMessageContaining("kezhi.web.admission.max-concurrent");
        assertThatThrownBy(() -> new AdmissionLimits(40, -1, Duration.ofSeconds(2)))
                .hasMessageContaining("kezhi.web.admission.max-queued");
        assertThatThrownBy(() -> new AdmissionLimits(40, 100, Duration.ofMinutes(5)))
                .hasMessageContaining("kezhi.web.admission.queue-timeout");
    }

    /** A request that takes the filter's only turn and keeps it until the test releases it. */
    private CompletableFuture<MockHttpServletResponse> holdTheOnlyTurn(RequestAdmissionFilter filter)
            throws InterruptedException {
        CompletableFuture<MockHttpServletResponse> holder = CompletableFuture.supplyAsync(() -> run(filter,
                api("zh-CN"), (request, response) -> {
                    entered.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        return holder;
    }

    private void work(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
        worked.incrementAndGet();
    }

    private static MockHttpServletRequest api(String language) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/customers");
        request.addHeader("Accept-Language", language);
        return request;
    }

    private static MockHttpServletResponse run(RequestAdmissionFilter filter, MockHttpServletRequest request,
            FilterChain chain) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            filter.doFilter(request, response, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    private static RequestAdmissionFilter filter(int maxConcurrent, int maxQueued, Duration queueTimeout) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        ProblemFactory problems = new ProblemFactory(messages, new WebConfiguration().localeResolver(), JSON);
        return new RequestAdmissionFilter(new AdmissionLimits(maxConcurrent, maxQueued, queueTimeout), problems);
    }
}
