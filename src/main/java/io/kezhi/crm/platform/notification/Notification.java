package io.kezhi.crm.platform.notification;

import io.kezhi.crm.shared.jpa.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message for one user; its text is a message key with arguments, rendered in the reader's language. */
@Entity
@Table(name = "notification")
class Notification extends TenantEntity {

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(nullable = false, length = 40, updatable = false)
    private String kind;

    @Column(name = "message_key", nullable = false, length = 100, updatable = false)
    private String messageKey;

    /** Arguments joined with the unit separator U+001F. */
    @Column(name = "message_args", length = 2000, updatable = false)
    private String messageArgs;

    @Column(name = "subject_type", length = 40, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(long userId, String kind, String messageKey, String messageArgs, String subjectType, Long subjectId,
            Instant createdAt) {
        this.userId = userId;
        this.kind = kind;
        this.messageKey = messageKey;
        this.messageArgs = messageArgs;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    long getUserId() {
        return userId;
    }

    String getKind() {
        return kind;
    }

    String getMessageKey() {
        return messageKey;
    }

    String getMessageArgs() {
        return messageArgs;
    }

    String getSubjectType() {
        return subjectType;
    }

    Long getSubjectId() {
        return subjectId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }
}
