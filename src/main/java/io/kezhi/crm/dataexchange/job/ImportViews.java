package io.kezhi.crm.dataexchange.job;

import io.kezhi.crm.shared.spi.DedupePolicy;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the import API takes and returns. */
public final class ImportViews {

    private ImportViews() {
    }

    /** A field a column can be mapped to, labelled in the caller's language. */
    public record ImportFieldView(String key, String label, boolean required) {
    }

    /**
     * An uploaded file: its headers, the first rows, and a proposed mapping (header to field key,
     * null for columns not imported): the user's last mapping of the same headers, else by name.
     */
    public record UploadedImport(long id, ImportStatus status, String fileName, String encoding, List<String> headers,
            List<List<String>> sampleRows, int totalRows, Map<String, String> mapping) {
    }

    /**
     * @param encoding a CSV file's encoding when the detected one was wrong (e.g. GBK, UTF-8)
     */
    public record SaveImportMapping(@NotNull Map<String, String> mapping, @NotNull DedupePolicy dedupePolicy,
            @Size(max = 32) String encoding) {
    }

    /** A job for the progress bar and the result page; {@code failure} says why it failed. */
    public record ImportJobView(long id, String target, ImportStatus status, String fileName, String encoding,
            int totalRows, int processedRows, int errorCount, int createdCount, int updatedCount, int skippedCount,
            DedupePolicy dedupePolicy, Map<String, String> mapping, String failure, Instant createdAt,
            Instant finishedAt) {
    }

    /** One problem: spreadsheet row number (header = 1), column header, field key, message. */
    public record ImportErrorView(int row, String column, String field, String message) {
    }
}
