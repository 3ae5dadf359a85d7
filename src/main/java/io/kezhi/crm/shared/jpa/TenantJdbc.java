package io.kezhi.crm.shared.jpa;

import io.kezhi.crm.shared.db.SqlVendor;
import io.kezhi.crm.shared.tenant.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
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
    private final SqlVendor vendor;

    public TenantJdbc(JdbcClient jdbc, SqlVendor vendor) {
        this.jdbc = jdbc;
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

    /** Reads a timestamp column written as UTC (see {@link SqlVendor#bindable}); null stays null. */
    public Instant instant(ResultSet rs, int column) throws SQLException {
        return vendor.instant(rs, column);
    }
}
