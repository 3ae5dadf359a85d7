-- In-app notifications. The text is stored as a message key with arguments and rendered in the
-- reader's language when read.
CREATE TABLE notification (
    id           BIGINT        NOT NULL PRIMARY KEY,
    tenant_id    BIGINT        NOT NULL,
    user_id      BIGINT        NOT NULL,
    kind         VARCHAR(40)   NOT NULL,
    message_key  VARCHAR(100)  NOT NULL,
    message_args VARCHAR(2000),
    subject_type VARCHAR(40),
    subject_id   BIGINT,
    created_at   ${ts}         NOT NULL,
    read_at      ${ts}
) ${tableOptions};
CREATE INDEX ix_notification_user ON notification (tenant_id, user_id, read_at, created_at);
