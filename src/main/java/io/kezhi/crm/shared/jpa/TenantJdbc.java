package io.kezhi.crm.shared.jpa;

import io.kezhi.crm.shared.db.SqlVendor;
import io.kezhi.crm.shared.tenant.TenantContext;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
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
    /** Bind parameters per statement, below PostgreSQL's 32,767 and MariaDB's 65,535. */
    private static final int MAX_PARAMETERS = 30_000;
    private static final int MAX_ROWS_PER_INSERT = 100;
    /** Characters of COPY text sent to the server at a time. */
    private static final int COPY_PIECE = 32_768;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate template;
    private final SqlVendor vendor;

    public TenantJdbc(JdbcClient jdbc, NamedParameterJdbcTemplate template, SqlVendor vendor) {
        this.jdbc = jdbc;
        this.template = template;
        this.vendor = vendor;
    }

    /**
     * The values cut into consecutive lists of at most {@code size} (views of {@code values}), for
     * statements that bind them as {@code IN (:values)}: a bounded number of parameters each.
     */
    public static <T> List<List<T>> chunks(List<T> values, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += size) {
            chunks.add(values.subList(from, Math.min(values.size(), from + size)));
        }
        return chunks;
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

    /**
     * Inserts many rows of the current company in the caller's transaction, with {@code COPY} on
     * PostgreSQL and multi-row {@code INSERT} statements elsewhere: the tenant is bound here as the first column,
     * {@code tenant_id}; {@code columns} and each row's values follow it in the same order.
     */
    public void insertRows(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Long tenant = TenantContext.require();
        List<String> all = new ArrayList<>(columns.size() + 1);
        all.add("tenant_id");
        all.addAll(columns);
        List<Object[]> withTenant = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object[] values = new Object[row.length + 1];
            values[0] = tenant;
            System.arraycopy(row, 0, values, 1, row.length);
            withTenant.add(values);
        }
        insert(table, all, withTenant);
    }

    /**
     * Inserts rows of a table without {@code tenant_id} that belong to records of the current company
     * (tags, audit rows of its records) the caller has just written or checked: the one kind of
     * native write whose company is given by its parent row instead of a predicate.
     */
    public void insertChildRows(String table, List<String> columns, List<Object[]> rows) {
        TenantContext.require();
        insert(table, columns, rows);
    }

    /**
     * PostgreSQL: one {@code COPY ... FROM STDIN} (text format, no bind parameters: a multi-row
     * INSERT whose nulls and values change parameter types from row to row is re-planned every time);
     * others: multi-row INSERT statements.
     */
    private void insert(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (vendor == SqlVendor.POSTGRESQL) {
            copy(table, columns, rows);
            return;
        }
        int perStatement = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, MAX_PARAMETERS / columns.size()));
        String head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        String tuple = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        for (List<Object[]> chunk : chunks(rows, perStatement)) {
            StringBuilder sql = new StringBuilder(head.length() + chunk.size() * (tuple.length() + 2)).append(head);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(tuple);
            }
            template.getJdbcTemplate().update(sql.toString(), ps -> {
                int index = 1;
                for (Object[] row : chunk) {
                    for (Object value : row) {
                        ps.setObject(index++, bindable(value));
                    }
                }
            });
        }
    }

    /**
     * Streams the rows' text to the server in pieces of about {@value #COPY_PIECE} characters as it
     * is built, so that the database stores one piece while the next is written, instead of waiting
     * for the whole text.
     */
    private void copy(String table, List<String> columns, List<Object[]> rows) {
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        template.getJdbcTemplate().execute((ConnectionCallback<Long>) connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                StringBuilder text = new StringBuilder(COPY_PIECE + 4096);
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        if (i > 0) {
                            text.append('\t');
                        }
                        PostgresCopyText.append(text, bindable(row[i]));
                    }
                    text.append('\n');
                    if (text.length() >= COPY_PIECE) {
                        send(copy, text);
                    }
                }
                send(copy, text);
                return copy.endCopy();
            } catch (Throwable e) {
                if (copy.isActive()) { // else the connection stays in the COPY and hangs its next statement
                    try {
                        copy.cancelCopy();
                    } catch (SQLException cancel) {
                        e.addSuppressed(cancel);
                    }
                }
                throw e;
            }
        });
    }

    private static void send(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    private Object bindable(Object value) {
        if (value instanceof Instant instant) {
            return vendor.bindable(instant);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }

    /** Reads a timestamp column written as UTC (see {@link SqlVendor#bindable}); null stays null. */
    public Instant instant(ResultSet rs, int column) throws SQLException {
        return vendor.instant(rs, column);
    }
}
