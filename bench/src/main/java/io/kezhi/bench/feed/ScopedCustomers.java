package io.kezhi.bench.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Customers a user may open, drawn with the seed (ordered by a hash of id and seed, so the draw does
 * not depend on the table's physical order): owned by them (OWN), by their team (DEPARTMENT), by their
 * department tree (DEPARTMENT_TREE), any live customer (ALL). The application's scope is wider still
 * (superiors, shares); these are customers every rule agrees on.
 */
public final class ScopedCustomers {

    private static final String LIVE = "tenant_id = ? AND deleted_at IS NULL AND merged_into_id IS NULL";

    private ScopedCustomers() {
    }

    public static List<Long> draw(Connection c, long tenantId, BenchUser user, int count, long seed)
            throws SQLException {
        String where = switch (user.scope()) {
            case "OWN" -> " AND owner_id = ?";
            case "DEPARTMENT" -> " AND owner_id IS NOT NULL AND owner_dept_id = ?";
            case "DEPARTMENT_TREE" -> " AND owner_id IS NOT NULL AND owner_dept_path LIKE ?";
            default -> "";
        };
        String sql = "SELECT id FROM customer WHERE " + LIVE + where + " ORDER BY md5(CONCAT(id, ?)) LIMIT ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setLong(i++, tenantId);
            switch (user.scope()) {
                case "OWN" -> s.setLong(i++, user.id());
                case "DEPARTMENT" -> s.setLong(i++, user.departmentId());
                case "DEPARTMENT_TREE" -> s.setString(i++, user.deptPath() + "%");
                default -> { }
            }
            s.setString(i++, Long.toString(seed));
            s.setInt(i, count);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }
}
