package io.kezhi.crm.dataexchange.job;

import io.kezhi.crm.shared.jpa.TenantEntity;
import io.kezhi.crm.shared.spi.DedupePolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.Length;

/**
 * An uploaded file on its way into a target: its mapping and policy, its status, and the counts
 * the progress bar shows. Background work changes status and counts with plain SQL (see
 * {@link ImportProgress}) so that they are visible while the import's own transaction runs.
 */
@Entity
@Table(name = "import_job")
public class ImportJob extends TenantEntity {

    @Column(nullable = false, length = 40)
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ImportStatus status;

    @Column(name = "file_key", nullable = false, length = 100)
    private String fileKey;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "file_format", nullable = false, length = 8)
    private String fileFormat;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Column(length = 32)
    private String encoding;

    @Column(name = "header_key", nullable = false, length = 64)
    private String headerKey;

    @Column(nullable = false, length = Length.LONG32)
    private String headers;

    @Column(length = Length.LONG32)
    private String mapping;

    @Enumerated(EnumType.STRING)
    @Column(name = "dedupe_policy", length = 8)
    private DedupePolicy dedupePolicy;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "processed_rows", nullable = false)
    private int processedRows;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    @Column(name = "created_count", nullable = false)
    private int createdCount;

    @Column(name = "updated_count", nullable = false)
    private int updatedCount;

    @Column(name = "skipped_count", nullable = false)
    private int skippedCount;

    @Column(name = "failure_key", length = 100)
    private String failureKey;

    @Column(name = "failure_args", length = 500)
    private String failureArgs;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportJob() {
    }

    public ImportJob(String target, String fileKey, String fileName, String fileFormat, long fileSize, String encoding,
            String headerKey, String headers, int totalRows, long createdBy, Instant now) {
        this.target = target;
        this.status = ImportStatus.UPLOADED;
        this.fileKey = fileKey;
        this.fileName = fileName;
        this.fileFormat = fileFormat;
        this.fileSize = fileSize;
        this.encoding = encoding;
        this.headerKey = headerKey;
        this.headers = headers;
        this.totalRows = totalRows;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new mapping starts validation afresh. */
    public void startValidation(String mappingJson, DedupePolicy policy, String newEncoding, Instant now) {
        this.mapping = mappingJson;
        this.dedupePolicy = policy;
        if (newEncoding != null) {
            this.encoding = newEncoding;
        }
        this.status = ImportStatus.VALIDATING;
        this.processedRows = 0;
        this.errorCount = 0;
        this.createdCount = 0;
        this.updatedCount = 0;
        this.skippedCount = 0;
        this.failureKey = null;
        this.failureArgs = null;
        this.finishedAt = null;
        this.updatedAt = now;
    }

    public void startCommit(Instant now) {
        this.status = ImportStatus.COMMITTING;
        this.processedRows = 0;
        this.updatedAt = now;
    }

    public String getTarget() {
        return target;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public String getFileKey() {
        return fileKey;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileFormat() {
        return fileFormat;
    }

    public long getFileSize() {
        return fileSize;
    }

    public String getEncoding() {
        return encoding;
    }

    public String getHeaderKey() {
        return headerKey;
    }

    public String getHeaders() {
        return headers;
    }

    public String getMapping() {
        return mapping;
    }

    public DedupePolicy getDedupePolicy() {
        return dedupePolicy;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getProcessedRows() {
        return processedRows;
    }

    public int getErrorCount() {
        return errorCount;
    }

    public int getCreatedCount() {
        return createdCount;
    }

    public int getUpdatedCount() {
        return updatedCount;
    }

    public int getSkippedCount() {
        return skippedCount;
    }

    public String getFailureKey() {
        return failureKey;
    }

    public String getFailureArgs() {
        return failureArgs;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
