package io.kezhi.bench.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrganisationPlanTest {

    @Test
    void fullScaleHasFiftyDepartmentsAndAThousandUsers() {
        OrganisationPlan plan = OrganisationPlan.of(1000, 42);
        assertThat(plan.departments()).hasSize(49); // and the company's root department: 50
        assertThat(plan.branches()).hasSize(10);
        assertThat(plan.users()).hasSize(1000);
        assertThat(plan.departments().stream().map(OrganisationPlan.PlannedDepartment::name).distinct()).hasSize(49);
    }

    @Test
    void tinyScaleStillHasEveryRoleAndARepInEveryTeam() {
        OrganisationPlan plan = OrganisationPlan.of(5, 42);
        assertThat(plan.users()).hasSize(OrganisationPlan.MIN_USERS);
        assertThat(plan.users().stream().map(OrganisationPlan.PlannedUser::role).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(BenchRole.values());
        Set<String> teams = plan.branches().stream().flatMap(b -> b.teams().stream()).collect(Collectors.toSet());
        Set<String> staffed = plan.users().stream().filter(u -> u.role() == BenchRole.SALES_REP)
                .map(OrganisationPlan.PlannedUser::department).collect(Collectors.toSet());
        assertThat(staffed).isEqualTo(teams);
    }

    @Test
    void parentsAndSuperiorsComeFirstAndLoginsAreValid() {
        OrganisationPlan plan = OrganisationPlan.of(300, 42);
        Set<String> seen = new HashSet<>();
        for (OrganisationPlan.PlannedDepartment d : plan.departments()) {
            assertThat(d.parent() == null || seen.contains(d.parent())).as(d.name()).isTrue();
            seen.add(d.name());
        }
        Set<String> users = new HashSet<>();
        for (OrganisationPlan.PlannedUser u : plan.users()) {
            assertThat(u.superior() == null || users.contains(u.superior())).as(u.username()).isTrue();
            assertThat(u.username()).matches("^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$");
            assertThat(seen).contains(u.department());
            users.add(u.username());
        }
        assertThat(users).contains("rep0001", "manager01", "branch01", "director01");
    }

    @Test
    void sameSeedSamePeople() {
        List<OrganisationPlan.PlannedUser> once = OrganisationPlan.of(200, 7).users();
        assertThat(OrganisationPlan.of(200, 7).users()).isEqualTo(once);
        assertThat(OrganisationPlan.of(200, 8).users()).isNotEqualTo(once);
    }
}
