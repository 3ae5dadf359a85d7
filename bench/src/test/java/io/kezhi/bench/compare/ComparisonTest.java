package io.kezhi.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    /** A window of {@code n} answered requests of one scope taking 1..n ms times {@code factor}. */
    private static Window window(String jar, int round, String scope, int n, double factor, double appCpu) {
        List<Window.Sample> samples = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            samples.add(new Window.Sample(scope, Math.round(i * factor * 1_000_000), 200));
        }
        return new Window(jar, round, 10.0, samples, appCpu, appCpu * 2, 0);
    }

    @Test
    void pooledFiguresCountEveryRequestOnceAndSplitCpuOverThem() {
        List<Window> windows = List.of(window("base", 1, "OWN", 100, 1.0, 0.2),
                window("base", 2, "DEPARTMENT", 100, 2.0, 0.4));
        Window.Stats all = Window.pooled(windows);
        assertThat(all.requests()).isEqualTo(200);
        assertThat(all.perSecond()).isCloseTo(10.0, within(1e-9));
        assertThat(all.appCpuMillis()).isCloseTo(3.0, within(1e-9)); // 0.6 s over 200 requests
        assertThat(all.dbCpuMillis()).isCloseTo(6.0, within(1e-9));
        assertThat(all.p50()).isCloseTo(67.0, within(1e-9)); // the 100th of 1..100 and 2, 4..200: 67 ms
        Window.Stats own = Window.pooled(windows, "OWN");
        assertThat(own.requests()).isEqualTo(100);
        assertThat(own.p95()).isCloseTo(95.0, within(1e-9));
        assertThat(own.appCpuMillis()).isNaN(); // CPU is not split by scope
        assertThat(Window.scopes(windows)).containsExactly("OWN", "DEPARTMENT");
    }

    @Test
    void failedRequestsAreCountedButLeftOutOfTheLatencies() {
        Window w = new Window("base", 1, 1.0, List.of(new Window.Sample("OWN", 5_000_000, 200),
                new Window.Sample("OWN", 900_000_000, 503)), 0, 0, 0);
        Window.Stats s = Window.pooled(List.of(w));
        assertThat(s.errors()).isEqualTo(1);
        assertThat(s.requests()).isEqualTo(2);
        assertThat(s.p99()).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void theRatioIsTheCandidatesOverTheBasesRoundByRound() {
        List<Window> windows = new ArrayList<>();
        double[] candidateFactors = {0.5, 0.6, 0.7};
        for (int round = 1; round <= 3; round++) {
            windows.add(window("base", round, "OWN", 100, 1.0, 1.0));
            windows.add(window("candidate", round, "OWN", 100, candidateFactors[round - 1], 0.8));
        }
        Comparison comparison = new Comparison("customer-list", "base", "candidate", windows);
        Comparison.Ratio p50 = comparison.ratio(Window.Stats::p50);
        assertThat(p50.median()).isCloseTo(0.6, within(0.01));
        assertThat(p50.lowest()).isCloseTo(0.5, within(0.01));
        assertThat(p50.highest()).isCloseTo(0.7, within(0.01));
        assertThat(comparison.ratio(Window.Stats::appCpuMillis).median()).isCloseTo(0.8, within(1e-9));
        assertThat(comparison.table()).contains("candidate / base", "p50                   0.60 [0.50, 0.70]",
                "app CPU/request       0.80 [0.80, 0.80]", "OWN");
    }

    @Test
    void aRoundWithoutTheBasesAnswersHasNoRatio() {
        Comparison comparison = new Comparison("customer-list", "base", "candidate",
                List.of(window("candidate", 1, "OWN", 10, 1.0, 1.0)));
        assertThat(comparison.ratio(Window.Stats::p50).median()).isNaN();
        assertThat(comparison.ratio(Window.Stats::p50).format()).isEqualTo("-");
    }

    @Test
    void windowsWithCpuStolenByTheHypervisorAreFlagged() {
        List<Window> windows = List.of(window("base", 1, "OWN", 10, 1.0, 1.0),
                new Window("candidate", 1, 30.0, List.of(new Window.Sample("OWN", 1_000_000, 200)), 1, 1, 40));
        assertThat(Window.pooled(windows).stolenPercent()).isCloseTo(30.0, within(1e-9)); // 40 % of 30 s in 40 s
        assertThat(new Comparison("customer-list", "base", "candidate", windows).table())
                .contains("WARNING: the hypervisor took up to 40% of the machine");
        assertThat(new Comparison("customer-list", "base", "candidate", windows.subList(0, 1)).table())
                .doesNotContain("WARNING");
    }
}
