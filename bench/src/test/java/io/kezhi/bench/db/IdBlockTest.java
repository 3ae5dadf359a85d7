package io.kezhi.bench.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdBlockTest {

    @Test
    void theApplicationsNextPooledBlockLiesAboveTheReservedOne() {
        for (long last : new long[] {1_399_999, 1_400_000, 1_400_049, 40_999_999}) {
            long next = new IdBlock(1_000_000, last).nextSequenceValue();
            // Hibernate's pooled optimizer hands out (next - 50, next] for the value next.
            assertThat(next - IdBlock.INCREMENT + 1).isGreaterThan(last);
            assertThat(next % IdBlock.INCREMENT).isZero();
        }
    }
}
