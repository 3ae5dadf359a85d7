package io.kezhi.bench.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The bench database: where it is and what it is. Connections are opened per use. */
public record Database(Vendor vendor, String url, String user, String password) {

    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    public long queryLong(String sql, Object... params) throws SQLException {
        return first(sql, rs -> rs.getLong(1), params);
    }

    public String queryString(String sql, Object... params) throws SQLException {
        return first(sql, rs -> rs.getString(1), params);
    }

    private <T> T first(String sql, Column<T> column, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no row for " + sql);
                }
                return column.read(rs);
            }
        }
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
