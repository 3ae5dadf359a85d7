package io.kezhi.crm.platform.file;

import io.kezhi.crm.shared.SubjectRef;
import io.kezhi.crm.shared.jpa.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.Audited;

/**
 * One attachment: a file on disk ({@code storageKey}) attached to a record of any module
 * ({@code subjectType} + {@code subjectId}). Never edited, only moved to another record or deleted;
 * Envers keeps the upload, moves and deletion in {@code stored_file_aud}.
 */
@Entity
@Table(name = "stored_file")
@Audited
@DynamicUpdate
class StoredFile extends TenantEntity {

    static final int MAX_NAME_LENGTH = 255;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "file_name", nullable = false, length = MAX_NAME_LENGTH)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, updatable = false, length = 200)
    private String storageKey;

    @Column(name = "uploaded_by", updatable = false)
    private Long uploadedBy;

    @Column(name = "uploaded_by_name", updatable = false, length = 64)
    private String uploadedByName;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected StoredFile() {
    }

    StoredFile(SubjectRef subject, String fileName, String contentType, FileStorage.StoredContent content,
            Long uploadedBy, String uploadedByName, Instant uploadedAt) {
        attachTo(subject);
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.size();
        this.sha256 = content.sha256();
        this.storageKey = content.key();
        this.uploadedBy = uploadedBy;
        this.uploadedByName = uploadedByName;
        this.uploadedAt = uploadedAt;
    }

    void attachTo(SubjectRef subject) {
        this.subjectType = subject.type();
        this.subjectId = subject.id();
    }

    SubjectRef subject() {
        return SubjectRef.of(subjectType, subjectId);
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    String getSha256() {
        return sha256;
    }

    String getStorageKey() {
        return storageKey;
    }

    Long getUploadedBy() {
        return uploadedBy;
    }

    String getUploadedByName() {
        return uploadedByName;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }
}
