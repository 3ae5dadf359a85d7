package io.kezhi.bench.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The logins the load scenarios sign in as: every user with a customer scope wider than their own
 * (administrator, directors, region and branch directors, team managers) and a seeded sample of the
 * sales reps, each with the customer VIEW scope their roles give them (the widest one).
 */
public final class UserSelection {

    private static final String USERS = """
            SELECT u.id, u.username, u.department_id, u.dept_path,
                   COALESCE(MAX(CASE WHEN r.builtin THEN 4 ELSE CASE p.data_scope WHEN 'ALL' THEN 4
                       WHEN 'DEPARTMENT_TREE' THEN 3 WHEN 'DEPARTMENT' THEN 2 WHEN 'OWN' THEN 1 END END), 0) AS scope
            FROM app_user u
            JOIN user_role ur ON ur.user_id = u.id
            JOIN app_role r ON r.id = ur.role_id AND r.deleted_at IS NULL
            LEFT JOIN role_permission p ON p.role_id = r.id AND p.module = 'customer' AND p.operation = 'VIEW'
            WHERE u.tenant_id = ? AND u.status = 'ACTIVE' AND u.deleted_at IS NULL
            GROUP BY u.id, u.username, u.department_id, u.dept_path
            ORDER BY u.username""";

    static final String[] SCOPES = {null, "OWN", "DEPARTMENT", "DEPARTMENT_TREE", "ALL"};

    private UserSelection() {
    }

    public static List<BenchUser> load(Connection c, long tenantId) throws SQLException {
        List<BenchUser> users = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(USERS)) {
            s.setLong(1, tenantId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int scope = rs.getInt("scope");
                    if (scope > 0) {
                        users.add(new BenchUser(rs.getLong("id"), rs.getString("username"), SCOPES[scope],
                                rs.getLong("department_id"), rs.getString("dept_path")));
                    }
                }
            }
        }
        return users;
    }

    /** Everyone whose scope is wider than OWN, and {@code reps} of the OWN users drawn with the seed. */
    public static List<BenchUser> select(List<BenchUser> users, int reps, long seed) {
        List<BenchUser> own = new ArrayList<>(users.stream().filter(u -> u.scope().equals("OWN"))
                .sorted(Comparator.comparing(BenchUser::username)).toList());
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = own.size() - 1; i > 0; i--) { // Fisher-Yates with the seeded source
            int j = random.nextInt(i + 1);
            BenchUser t = own.get(i);
            own.set(i, own.get(j));
            own.set(j, t);
        }
        List<BenchUser> chosen = new ArrayList<>(users.stream().filter(u -> !u.scope().equals("OWN")).toList());
        chosen.addAll(own.subList(0, Math.min(reps, own.size())));
        chosen.sort(Comparator.comparing(BenchUser::username));
        return chosen;
    }
}
