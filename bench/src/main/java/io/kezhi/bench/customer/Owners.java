package io.kezhi.bench.customer;

import io.kezhi.bench.organisation.BenchRole;
import io.kezhi.bench.organisation.Branch;
import io.kezhi.bench.organisation.Organisation;
import io.kezhi.bench.values.Seeds;
import io.kezhi.bench.values.WeightedIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Who owns customers: the reps most (some far more than others), team managers a few, branch directors
 * hardly any; headquarters nobody. Also the people and departments of each branch, for previous owners
 * and shares.
 */
final class Owners {

    private static final long WEIGHT_STREAM = 2;

    private final List<Organisation.User> owners = new ArrayList<>();
    private final WeightedIndex ownerPick;
    private final List<List<Organisation.User>> repsByBranch = new ArrayList<>();
    private final List<List<Organisation.Department>> departmentsByBranch = new ArrayList<>();
    private final WeightedIndex branchPick;

    Owners(Organisation organisation, long seed) {
        List<Double> weights = new ArrayList<>();
        List<Organisation.User> users = organisation.users(); // sorted by login name: the same order every run
        for (int i = 0; i < users.size(); i++) {
            Organisation.User user = users.get(i);
            if (user.branch() == null || user.role() == null) {
                continue;
            }
            SplittableRandom random = Seeds.random(seed, WEIGHT_STREAM, i);
            double weight = switch (user.role()) {
                case SALES_REP -> 0.3 + 1.4 * random.nextDouble();
                case SALES_MANAGER -> 0.3;
                case BRANCH_DIRECTOR -> 0.03;
                case SALES_DIRECTOR -> 0;
            };
            owners.add(user);
            weights.add(weight);
        }
        ownerPick = new WeightedIndex(weights.stream().mapToDouble(Double::doubleValue).toArray());
        int branches = organisation.plan().branches().size();
        double[] branchWeights = new double[branches];
        for (int b = 0; b < branches; b++) {
            int branch = b;
            List<Organisation.User> reps = organisation.withRole(BenchRole.SALES_REP).stream()
                    .filter(u -> u.branch() == branch).toList();
            repsByBranch.add(reps);
            branchWeights[b] = reps.size();
            Branch plan = organisation.plan().branches().get(b);
            List<Organisation.Department> departments = new ArrayList<>();
            departments.add(organisation.department(plan.name()));
            plan.teams().forEach(t -> departments.add(organisation.department(t)));
            departmentsByBranch.add(departments);
        }
        branchPick = new WeightedIndex(branchWeights);
    }

    Organisation.User owner(SplittableRandom random) {
        return owners.get(ownerPick.next(random));
    }

    /** A branch, more likely the more reps it has (for customers waiting in its pool). */
    int branch(SplittableRandom random) {
        return branchPick.next(random);
    }

    /** A rep of the branch other than {@code not} (when the branch has another). */
    Organisation.User repOf(int branch, SplittableRandom random, Organisation.User not) {
        List<Organisation.User> reps = repsByBranch.get(branch);
        Organisation.User rep = reps.get(random.nextInt(reps.size()));
        if (not != null && rep.id() == not.id() && reps.size() > 1) {
            rep = reps.get((reps.indexOf(rep) + 1) % reps.size());
        }
        return rep;
    }

    /** The branch department or one of its teams. */
    Organisation.Department departmentOf(int branch, SplittableRandom random) {
        List<Organisation.Department> departments = departmentsByBranch.get(branch);
        return departments.get(random.nextInt(departments.size()));
    }
}
