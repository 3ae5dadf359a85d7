package io.kezhi.crm.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** "Placed in none of the departments" as ranges around them, for the index of owners and placements. */
class OwnerPlacementsTest {

    @Test
    void theRangesLieBeforeBetweenAndAfterTheDepartments() {
        assertThat(OwnerPlacements.outside("d", new TreeSet<>(List.of(7L)))).containsExactly("d IS NULL", "d < 7", "d > 7");
        assertThat(OwnerPlacements.outside("d", new TreeSet<>(List.of(9L, 5L, 6L, 12L))))
                .containsExactly("d IS NULL", "d < 5", "d > 6 AND d < 9", "d > 9 AND d < 12", "d > 12");
    }

    @Test
    void departmentsScatteredAmongManyOthersAreTestedAsOneList() {
        TreeSet<Long> scattered = new TreeSet<>(LongStream.rangeClosed(1, 12).map(n -> n * 10).boxed().toList());
        assertThat(OwnerPlacements.outside("d", scattered)).containsExactly("(d IS NULL OR d NOT IN (:departments))");
    }
}
