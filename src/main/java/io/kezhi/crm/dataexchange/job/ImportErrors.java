package io.kezhi.crm.dataexchange.job;

import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The row errors of import jobs: written in JDBC batches while validating, read back a page at a
 * time. At most {@link #STORED_LIMIT} are kept per job (the count covers all of them).
 */
@Component
class ImportErrors {

    static final int STORED_LIMIT = 10_000;
    private static final String SEPARATOR = "\u001F";

    private final TenantJdbc jdbc;

    ImportErrors(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    void deleteAll(long jobId) {
        jdbc.sql("DELETE FROM import_job_error WHERE tenant_id = :tenantId AND job_id = :job", Map.of("job", jobId))
                .update();
    }

    /** Stores errors numbered from {@code firstSeq}. */
    void store(long jobId, int firstSeq, List<ImportError> errors) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int seq = firstSeq;
        for (ImportError e : errors) {
            Map<String, Object> row = new HashMap<>();
            row.put("job", jobId);
            row.put("seq", seq++);
            row.put("rowNo", e.row());
            row.put("col", truncate(e.column(), 255));
            row.put("field", e.field());
            row.put("key", e.messageKey());
            row.put("args", e.args().isEmpty() ? null : truncate(String.join(SEPARATOR, e.args()), 1000));
            rows.add(row);
        }
        jdbc.batchUpdate("INSERT INTO import_job_error (tenant_id, job_id, seq_no, row_no, column_header, field,"
                + " message_key, message_args) VALUES (:tenantId, :job, :seq, :rowNo, :col, :field, :key, :args)", rows);
    }

    /** Errors in order, {@code limit} of them from {@code offset}. */
    List<ImportError> page(long jobId, int offset, int limit) {
        return jdbc.sql("SELECT row_no, column_header, field, message_key, message_args FROM import_job_error"
                + " WHERE tenant_id = :tenantId AND job_id = :job ORDER BY seq_no LIMIT :limit OFFSET :offset",
                Map.of("job", jobId, "limit", limit, "offset", offset))
                .query((rs, n) -> new ImportError(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? List.of() : Arrays.asList(rs.getString(5).split(SEPARATOR, -1))))
                .list();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
