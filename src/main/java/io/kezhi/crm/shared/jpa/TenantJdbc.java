package io.kezhi.crm.shared.jpa;

import io.kezhi.crm.shared.db.SqlVendor;
import io.kezhi.crm.shared.tenant.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way to run native SQL on company data. Every statement must filter on
 * {@code tenant_id = :tenantId}; the value is bound here from {@link TenantContext}, never from the
 * caller, and a statement without it is refused. {@link Instant} parameters are bound as UTC the way
 * Hibernate writes them, on either database.
 */
@Component
public class TenantJdbc {

    public static final String TENANT_PARAM = "tenantId";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate template;
    private final SqlVendor vendor;

    public TenantJdbc(JdbcClient jdbc, NamedParameterJdbcTemplate template, SqlVendor vendor) {
        this.jdbc = jdbc;
        this.template = template;
        this.vendor = vendor;
    }

    /** A statement with the current tenant bound as {@code :tenantId}. */
    public JdbcClient.StatementSpec sql(String sql) {
        return sql(sql, Map.of());
    }

    public JdbcClient.StatementSpec sql(String sql, Map<String, ?> params) {
        if (!sql.contains(":" + TENANT_PARAM)) {
            throw new IllegalArgumentException("Native SQL on company data must filter on :" + TENANT_PARAM);
        }
        Map<String, Object> all = new HashMap<>();
        params.forEach((name, value) -> all.put(name, value instanceof Instant instant ? vendor.bindable(instant) : value));
        all.put(TENANT_PARAM, TenantContext.require());
        return jdbc.sql(sql).params(all);
    }

    /**
     * One statement run for many parameter sets as a JDBC batch (one round trip per batch, not per
     * row), with the current tenant bound as {@code :tenantId} in each.
     */
    public int[] batchUpdate(String sql, List<? extends Map<String, ?>> rows) {
        if (!sql.contains(":" + TENANT_PARAM)) {
            throw new IllegalArgumentException("Native SQL on company data must filter on :" + TENANT_PARAM);
        }
        if (rows.isEmpty()) {
            return new int[0];
        }
        long tenant = TenantContext.require();
        SqlParameterSource[] batch = new SqlParameterSource[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> all = new HashMap<>();
            rows.get(i).forEach((name, value) -> all.put(name,
                    value instanceof Instant instant ? vendor.bindable(instant) : value));
            all.put(TENANT_PARAM, tenant);
            batch[i] = new MapSqlParameterSource(all);
        }
        return template.batchUpdate(sql, batch);
    }

    /** Reads a timestamp column written as UTC (see {@link SqlVendor#bindable}); null stays null. */
    public Instant instant(ResultSet rs, int column) throws SQLException {
        return vendor.instant(rs, column);
    }
}
