package io.kezhi.bench.organisation;

import io.kezhi.bench.values.ChineseNames;
import io.kezhi.bench.values.PhoneNumbers;
import io.kezhi.bench.values.Seeds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The company to create, decided before any call: the department tree (headquarters → regions →
 * branches → teams and offices, 50 departments with all ten branches) and the people in it with their
 * superiors and roles. A pure function of the user count and the seed.
 */
public final class OrganisationPlan {

    public static final String PASSWORD = "Bench2026";
    public static final String COMPANY_CODE = "bench";
    public static final String COMPANY_NAME = "宏远广告传媒集团有限公司";
    public static final int MIN_USERS = 20;
    static final String GM_OFFICE = "总经理办公室";
    static final String MARKETING = "全国市场部";
    static final String SALES_CENTRE = "全国销售中心";
    private static final long USER_STREAM = 1;

    /** @param parent null for a child of the company's root department */
    public record PlannedDepartment(String name, String parent, int sortOrder) {
    }

    /** @param branch index into {@link #branches()}, null for headquarters staff */
    public record PlannedUser(String username, String displayName, String department, String superior,
            BenchRole role, String jobTitle, String mobile, Integer branch) {
    }

    private final List<Branch> branches;
    private final List<PlannedDepartment> departments = new ArrayList<>();
    private final List<PlannedUser> users = new ArrayList<>();

    private OrganisationPlan(List<Branch> branches) {
        this.branches = branches;
    }

    /** @param userCount users besides the administrator; at least {@link #MIN_USERS} */
    public static OrganisationPlan of(int userCount, long seed) {
        int users = Math.max(MIN_USERS, userCount);
        int branchCount = Math.min(Branch.ALL.size(), Math.max(1, users / 10));
        while (branchCount > 1 && users - leaders(Branch.ALL.subList(0, branchCount)) < teams(
                Branch.ALL.subList(0, branchCount))) {
            branchCount--;
        }
        OrganisationPlan plan = new OrganisationPlan(List.copyOf(Branch.ALL.subList(0, branchCount)));
        plan.planDepartments();
        plan.planUsers(users, seed);
        return plan;
    }

    /** The login of the director of branch number {@code branch} (from 0). */
    public static String branchDirector(int branch) {
        return String.format("branch%02d", branch + 1);
    }

    public List<Branch> branches() {
        return branches;
    }

    public List<PlannedDepartment> departments() {
        return departments;
    }

    /** Superiors before their subordinates. */
    public List<PlannedUser> users() {
        return users;
    }

    private void planDepartments() {
        departments.add(new PlannedDepartment(GM_OFFICE, null, 10));
        departments.add(new PlannedDepartment(MARKETING, null, 20));
        departments.add(new PlannedDepartment(SALES_CENTRE, null, 30));
        List<String> regions = regions(branches);
        for (int r = 0; r < regions.size(); r++) {
            departments.add(new PlannedDepartment(regions.get(r), SALES_CENTRE, 10 * (r + 1)));
        }
        for (int b = 0; b < branches.size(); b++) {
            Branch branch = branches.get(b);
            departments.add(new PlannedDepartment(branch.name(), branch.region(), 10 * (b + 1)));
            for (int t = 0; t < branch.teams().size(); t++) {
                departments.add(new PlannedDepartment(branch.teams().get(t), branch.name(), 10 * (t + 1)));
            }
        }
    }

    private void planUsers(int count, long seed) {
        add("gm01", GM_OFFICE, null, BenchRole.SALES_DIRECTOR, "总经理", null, seed);
        add("director01", SALES_CENTRE, "gm01", BenchRole.SALES_DIRECTOR, "全国销售总监", null, seed);
        List<String> regions = regions(branches);
        for (int r = 0; r < regions.size(); r++) {
            add(String.format("region%02d", r + 1), regions.get(r), "director01", BenchRole.BRANCH_DIRECTOR, "大区总监",
                    null, seed);
        }
        List<String> teams = new ArrayList<>();
        List<Integer> teamBranch = new ArrayList<>();
        List<String> teamManager = new ArrayList<>();
        for (int b = 0; b < branches.size(); b++) {
            Branch branch = branches.get(b);
            String director = branchDirector(b);
            add(director, branch.name(), String.format("region%02d", regions.indexOf(branch.region()) + 1),
                    BenchRole.BRANCH_DIRECTOR, "分公司总监", b, seed);
            for (String team : branch.teams()) {
                String manager = String.format("manager%02d", teams.size() + 1);
                add(manager, team, director, BenchRole.SALES_MANAGER, "销售经理", b, seed);
                teams.add(team);
                teamBranch.add(b);
                teamManager.add(manager);
            }
        }
        int reps = count - users.size();
        for (int i = 0; i < reps; i++) {
            int team = i % teams.size();
            add(String.format("rep%04d", i + 1), teams.get(team), teamManager.get(team), BenchRole.SALES_REP, "销售代表",
                    teamBranch.get(team), seed);
        }
    }

    private void add(String username, String department, String superior, BenchRole role, String jobTitle,
            Integer branch, long seed) {
        SplittableRandom random = Seeds.random(seed, USER_STREAM, users.size());
        users.add(new PlannedUser(username, ChineseNames.person(random, random.nextBoolean()), department, superior,
                role, jobTitle, PhoneNumbers.mobile(random), branch));
    }

    private static List<String> regions(List<Branch> branches) {
        Set<String> regions = new LinkedHashSet<>();
        branches.forEach(b -> regions.add(b.region()));
        return List.copyOf(regions);
    }

    private static int leaders(List<Branch> branches) {
        return 2 + regions(branches).size() + branches.size() + teams(branches);
    }

    private static int teams(List<Branch> branches) {
        return branches.stream().mapToInt(b -> b.teams().size()).sum();
    }
}
