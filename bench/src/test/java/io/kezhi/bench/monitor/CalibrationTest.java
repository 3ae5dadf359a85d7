package io.kezhi.bench.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void theJavaWorkIsTheSameWorkOnEveryMachine() {
        // a change of the work makes earlier runs' figures incomparable: change the constant and say so in the docs
        assertThat(Calibration.javaWork()).isEqualTo(Calibration.JAVA_CHECKSUM);
    }

    @Test
    void theFastestRunCounts() {
        AtomicInteger run = new AtomicInteger();
        long millis = Calibration.fastestMillis(() -> {
            if (run.getAndIncrement() == 2) {
                return 0;
            }
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        });
        assertThat(run.get()).isEqualTo(Calibration.RUNS);
        assertThat(millis).isLessThan(30);
    }
}
