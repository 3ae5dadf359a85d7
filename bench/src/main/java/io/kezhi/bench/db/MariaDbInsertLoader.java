package io.kezhi.bench.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Multi-row INSERT statements of up to a thousand rows, unique and foreign-key checks off. */
final class MariaDbInsertLoader implements BulkLoader {

    private static final int MAX_ROWS = 1000;
    private static final int MAX_PARAMETERS = 60_000;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    MariaDbInsertLoader(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement s = connection.createStatement()) {
            s.execute("SET foreign_key_checks = 0, unique_checks = 0");
        }
        connection.setAutoCommit(false);
    }

    @Override
    public RowBuffer buffer(Table table) {
        return new InsertBuffer(table);
    }

    @Override
    public void write(List<RowBuffer> buffers) throws SQLException {
        for (RowBuffer buffer : buffers) {
            Table table = buffer.table();
            List<Object[]> rows = ((InsertBuffer) buffer).values();
            int perStatement = Math.min(MAX_ROWS, MAX_PARAMETERS / table.columns().size());
            for (int from = 0; from < rows.size(); from += perStatement) {
                List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + perStatement));
                PreparedStatement insert = statement(table, part.size());
                int p = 1;
                for (Object[] row : part) {
                    for (Object value : row) {
                        insert.setObject(p++, bindable(value));
                    }
                }
                insert.executeUpdate();
            }
        }
        connection.commit();
    }

    private PreparedStatement statement(Table table, int rows) throws SQLException {
        String key = table.name() + "/" + rows;
        PreparedStatement statement = statements.get(key);
        if (statement == null) {
            String values = "(" + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
            statement = connection.prepareStatement("INSERT INTO " + table.name() + " (" + table.columnList()
                    + ") VALUES " + String.join(", ", Collections.nCopies(rows, values)));
            statements.put(key, statement);
        }
        return statement;
    }

    /** DATETIME columns hold UTC wall-clock time, as the application writes them. */
    private static Object bindable(Object value) {
        return value instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : value;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
        connection.close();
    }
}
