package io.kezhi.bench.db;

import java.sql.SQLException;
import java.util.List;

/**
 * Writes generated rows into the database as fast as it takes them: COPY on PostgreSQL, multi-row
 * INSERTs on MariaDB, with foreign-key checks off for its own session (the generator writes parents
 * before children and the final schema keeps every constraint).
 */
public interface BulkLoader extends AutoCloseable {

    /** A buffer for rows of this table; may be filled on any thread. */
    RowBuffer buffer(Table table);

    /** Writes the buffers in order and commits them together. */
    void write(List<RowBuffer> buffers) throws SQLException;

    @Override
    void close() throws SQLException;

    static BulkLoader open(Database database) throws SQLException {
        return database.vendor() == Vendor.POSTGRES ? new PostgresCopyLoader(database.connect())
                : new MariaDbInsertLoader(database.connect());
    }
}
