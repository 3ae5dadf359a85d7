package io.kezhi.bench.customer;

import io.kezhi.bench.db.BulkLoader;
import io.kezhi.bench.db.RowBuffer;
import io.kezhi.bench.db.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of a run of consecutive customers, one buffer per table. */
final class CustomerChunk {

    private final Map<Table, RowBuffer> buffers = new LinkedHashMap<>();

    CustomerChunk(BulkLoader loader) {
        CustomerTables.ALL.forEach(t -> buffers.put(t, loader.buffer(t)));
    }

    RowBuffer rows(Table table) {
        return buffers.get(table);
    }

    /** Prepares the buffers for writing, on the generating thread. */
    CustomerChunk complete() {
        buffers.values().forEach(RowBuffer::complete);
        return this;
    }

    /** Parents first. */
    List<RowBuffer> inWriteOrder() {
        return List.copyOf(buffers.values());
    }
}
