package io.kezhi.bench.organisation;

import java.util.List;
import java.util.Map;

/**
 * The company as the application created it: ids and materialised paths read back from the database.
 *
 * @param users every user including the administrator, sorted by login name (so picks by index do not
 *              depend on the order in which parallel API calls got their ids)
 */
public record Organisation(long companyId, long rootDepartmentId, User admin, OrganisationPlan plan,
        Map<String, Department> departments, List<User> users) {

    public record Department(long id, String name, String path) {
    }

    /**
     * @param role   null for the built-in administrator
     * @param branch index into the plan's branches, null for headquarters
     */
    public record User(long id, String username, BenchRole role, long departmentId, String deptPath, Integer branch,
            String department) {
    }

    public Department department(String name) {
        Department department = departments.get(name);
        if (department == null) {
            throw new IllegalArgumentException("no department " + name);
        }
        return department;
    }

    public User user(String username) {
        return users.stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no user " + username));
    }

    public List<User> withRole(BenchRole role) {
        return users.stream().filter(u -> u.role() == role).toList();
    }
}
