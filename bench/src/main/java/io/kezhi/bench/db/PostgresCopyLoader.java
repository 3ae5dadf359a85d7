package io.kezhi.bench.db;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** COPY ... FROM STDIN through the driver's CopyManager. */
final class PostgresCopyLoader implements BulkLoader {

    private final Connection connection;
    private final CopyManager copy;

    PostgresCopyLoader(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement s = connection.createStatement()) {
            // Foreign-key triggers do not fire for this session (needs a superuser); nothing else changes.
            s.execute("SET session_replication_role = replica");
            s.execute("SET synchronous_commit = off");
        }
        connection.setAutoCommit(false);
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    @Override
    public RowBuffer buffer(Table table) {
        return new CopyBuffer(table);
    }

    @Override
    public void write(List<RowBuffer> buffers) throws SQLException {
        try {
            for (RowBuffer buffer : buffers) {
                if (buffer.rows() > 0) {
                    copy.copyIn("COPY " + buffer.table().name() + " (" + buffer.table().columnList() + ") FROM STDIN",
                            new ByteArrayInputStream(((CopyBuffer) buffer).bytes()));
                }
            }
            connection.commit();
        } catch (IOException e) {
            throw new SQLException("COPY failed", e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
