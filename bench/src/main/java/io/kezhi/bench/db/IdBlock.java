package io.kezhi.bench.db;

import java.sql.SQLException;

/**
 * A block of ids of the shared sequence {@code kz_seq} taken for bulk-loaded rows. The application's
 * Hibernate "pooled" optimizer takes a value v from the sequence and hands out ids in (v-50, v]; so once
 * the sequence's next value is past the block by a whole increment, no node — running now or later —
 * can hand out an id inside it, and any block a node holds in memory already lies below it.
 *
 * <p>The block starts at the next multiple of a million above the sequence's current value, so the
 * generated ids do not depend on how many ids the API calls before it happened to use.
 */
public record IdBlock(long first, long last) {

    public static final long INCREMENT = 50;
    private static final long ALIGN = 1_000_000;

    /** Takes {@code size} ids and moves the sequence past them at once, before anything is loaded. */
    public static IdBlock reserve(Database database, long size) throws SQLException {
        long current = database.queryLong(database.vendor().sequenceNextValue());
        long first = (current / ALIGN + 1) * ALIGN;
        IdBlock block = new IdBlock(first, first + size - 1);
        database.execute(database.vendor().restartSequence(block.nextSequenceValue()));
        return block;
    }

    /** The value the sequence gives next: the application then hands out ids above {@link #last}. */
    public long nextSequenceValue() {
        return (last / INCREMENT + 2) * INCREMENT;
    }

    public long size() {
        return last - first + 1;
    }
}
