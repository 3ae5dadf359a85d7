package io.kezhi.crm.shared.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InListsTest {

    @Test
    void aListIsPaddedToThePowerOfTwoAtOrAboveItsLengthWithItsLastValue() {
        assertThat(InLists.padded(List.of())).isEmpty();
        assertThat(InLists.padded(List.of(7L))).containsExactly(7L);
        assertThat(InLists.padded(List.of(7L, 8L))).containsExactly(7L, 8L);
        assertThat(InLists.padded(List.of(7L, 8L, 9L))).containsExactly(7L, 8L, 9L, 9L);
        assertThat(InLists.padded(List.of(1, 2, 3, 4, 5))).containsExactly(1, 2, 3, 4, 5, 5, 5, 5);
        assertThat(InLists.padded(List.of(1, 2, 3, 4, 5, 6, 7, 8))).hasSize(8);
        assertThat(InLists.padded(java.util.stream.IntStream.rangeClosed(1, 21).boxed().toList())).hasSize(32)
                .endsWith(21, 21);
    }
}
