package io.kezhi.bench.organisation;

import io.kezhi.bench.api.ApiClient;
import io.kezhi.bench.generate.GenerationContext;
import io.kezhi.bench.generate.Progress;
import io.kezhi.bench.generate.Step;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;

/**
 * Creates the company through the application's API, as an operator and its administrator would: the
 * company, the department tree, the roles and every user (so password hashes, department paths and
 * permissions are exactly the application's). Users of one level are created in parallel sessions,
 * since hashing each password takes the server a while.
 */
public final class OrganisationStep implements Step {

    private static final int PARALLEL_SESSIONS = 4;

    @Override
    public String name() {
        return "organisation";
    }

    @Override
    public void run(GenerationContext context) throws Exception {
        OrganisationPlan plan = OrganisationPlan.of(context.options().users(), context.options().seed());
        ApiClient operator = context.api().operatorToken(context.options().operatorToken());
        JsonNode company = operator.post("/api/v1/operator/companies", Map.of("code", OrganisationPlan.COMPANY_CODE,
                "name", OrganisationPlan.COMPANY_NAME, "timeZone", "Asia/Shanghai", "adminUsername", "admin",
                "adminDisplayName", "系统管理员", "adminPassword", OrganisationPlan.PASSWORD)).ok();
        long companyId = company.get("companyId").asLong();
        long root = company.get("rootDepartmentId").asLong();
        ApiClient admin = signedIn(context);

        Map<String, Long> departmentIds = new HashMap<>();
        for (OrganisationPlan.PlannedDepartment d : plan.departments()) {
            long parent = d.parent() == null ? root : departmentIds.get(d.parent());
            departmentIds.put(d.name(), admin.post("/api/v1/departments",
                    Map.of("parentId", parent, "name", d.name(), "sortOrder", d.sortOrder())).ok().get("id").asLong());
        }
        Map<BenchRole, Long> roleIds = new LinkedHashMap<>();
        for (BenchRole role : BenchRole.values()) {
            roleIds.put(role, admin.post("/api/v1/roles", role.request()).ok().get("id").asLong());
        }
        createUsers(context, plan, departmentIds, roleIds);
        Progress.log("created %d departments, %d roles, %d users through the API", plan.departments().size(),
                roleIds.size(), plan.users().size());
        context.put(Organisation.class, read(context, plan, companyId, root));
    }

    /** A new session signed in as the company's administrator. */
    public static ApiClient signedIn(GenerationContext context) {
        return context.api().login(OrganisationPlan.COMPANY_CODE, "admin", OrganisationPlan.PASSWORD);
    }

    /** Level by level (superiors must exist first); the users of one level in parallel sessions. */
    private void createUsers(GenerationContext context, OrganisationPlan plan, Map<String, Long> departmentIds,
            Map<BenchRole, Long> roleIds) throws Exception {
        Map<String, Long> userIds = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Integer> level = new HashMap<>();
        List<List<OrganisationPlan.PlannedUser>> levels = new ArrayList<>();
        for (OrganisationPlan.PlannedUser u : plan.users()) {
            int l = u.superior() == null ? 0 : level.get(u.superior()) + 1;
            level.put(u.username(), l);
            while (levels.size() <= l) {
                levels.add(new ArrayList<>());
            }
            levels.get(l).add(u);
        }
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_SESSIONS);
        ThreadLocal<ApiClient> sessions = ThreadLocal.withInitial(() -> signedIn(context));
        try {
            for (List<OrganisationPlan.PlannedUser> users : levels) {
                List<Future<?>> created = new ArrayList<>();
                for (OrganisationPlan.PlannedUser u : users) {
                    created.add(pool.submit(() -> {
                        Map<String, Object> body = new HashMap<>();
                        body.put("username", u.username());
                        body.put("displayName", u.displayName());
                        body.put("password", OrganisationPlan.PASSWORD);
                        body.put("email", u.username() + "@bench.kezhi.example");
                        body.put("mobile", u.mobile());
                        body.put("jobTitle", u.jobTitle());
                        body.put("departmentId", departmentIds.get(u.department()));
                        body.put("superiorId", u.superior() == null ? null : userIds.get(u.superior()));
                        body.put("roleIds", List.of(roleIds.get(u.role())));
                        body.put("locale", "zh-CN");
                        userIds.put(u.username(), sessions.get().post("/api/v1/users", body).ok().get("id").asLong());
                        return null;
                    }));
                }
                for (Future<?> f : created) {
                    f.get();
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private Organisation read(GenerationContext context, OrganisationPlan plan, long companyId, long root)
            throws SQLException {
        Map<String, Organisation.Department> departments = new LinkedHashMap<>();
        Map<Long, String> departmentNames = new HashMap<>();
        List<Organisation.User> users = new ArrayList<>();
        Map<String, OrganisationPlan.PlannedUser> planned = new HashMap<>();
        plan.users().forEach(u -> planned.put(u.username(), u));
        try (Connection c = context.database().connect()) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, name, path FROM department WHERE tenant_id = ? ORDER BY id")) {
                s.setLong(1, companyId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        departments.put(rs.getString(2), new Organisation.Department(rs.getLong(1), rs.getString(2),
                                rs.getString(3)));
                        departmentNames.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, username, department_id, dept_path FROM app_user WHERE tenant_id = ? ORDER BY username")) {
                s.setLong(1, companyId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        OrganisationPlan.PlannedUser p = planned.get(rs.getString(2));
                        users.add(new Organisation.User(rs.getLong(1), rs.getString(2), p == null ? null : p.role(),
                                rs.getLong(3), rs.getString(4), p == null ? null : p.branch(),
                                departmentNames.get(rs.getLong(3))));
                    }
                }
            }
        }
        users.sort(Comparator.comparing(Organisation.User::username));
        Organisation.User admin = users.stream().filter(u -> u.username().equals("admin")).findFirst().orElseThrow();
        return new Organisation(companyId, root, admin, plan, departments, List.copyOf(users));
    }
}
