package io.kezhi.crm.platform;

import java.time.Instant;

/**
 * A file attached to a record, as the API and other modules see it. The content type is the one
 * derived from the file's extension (checked against its content), never the client's.
 */
public record AttachmentView(long id, String subjectType, long subjectId, String fileName, String contentType,
        long sizeBytes, String sha256, Long uploadedBy, String uploadedByName, Instant uploadedAt) {
}
