package io.kezhi.bench.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserSelectionTest {

    private static List<BenchUser> company() {
        List<BenchUser> users = new ArrayList<>(List.of(new BenchUser(1, "admin", "ALL", 1, "/1/"),
                new BenchUser(2, "branch01", "DEPARTMENT_TREE", 2, "/1/2/"),
                new BenchUser(3, "manager01", "DEPARTMENT", 3, "/1/2/3/")));
        for (int i = 1; i <= 50; i++) {
            users.add(new BenchUser(100 + i, String.format("rep%04d", i), "OWN", 3, "/1/2/3/"));
        }
        return users;
    }

    @Test
    void everyWiderScopeAndASeededSampleOfReps() {
        List<BenchUser> chosen = UserSelection.select(company(), 10, 42);
        assertThat(chosen).hasSize(13);
        assertThat(chosen).extracting(BenchUser::username).contains("admin", "branch01", "manager01");
        assertThat(chosen.stream().filter(u -> u.scope().equals("OWN"))).hasSize(10);
        assertThat(chosen).isEqualTo(UserSelection.select(company(), 10, 42));
        assertThat(chosen).isNotEqualTo(UserSelection.select(company(), 10, 43));
    }

    @Test
    void noMoreRepsThanThereAre() {
        assertThat(UserSelection.select(company(), 500, 1)).hasSize(53);
    }
}
