-- Kezhi CRM: attachments (platform.file). The bytes live on disk under kezhi.files.dir, named by
-- storage_key (<tenant>/<yyyy>/<MM>/<uuid>); the row holds what the user sees and what the data
-- scope needs: the record the file is attached to, by type key and id.
CREATE TABLE stored_file (
    id               BIGINT       NOT NULL PRIMARY KEY,
    tenant_id        BIGINT       NOT NULL,
    subject_type     VARCHAR(40)  NOT NULL,
    subject_id       BIGINT       NOT NULL,
    file_name        VARCHAR(255) NOT NULL,
    content_type     VARCHAR(100) NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           VARCHAR(64)  NOT NULL,
    storage_key      VARCHAR(200) NOT NULL,
    uploaded_by      BIGINT,
    uploaded_by_name VARCHAR(64),
    uploaded_at      ${ts}        NOT NULL,
    CONSTRAINT uk_stored_file_key UNIQUE (storage_key)
) ${tableOptions};
CREATE INDEX ix_stored_file_subject ON stored_file (tenant_id, subject_type, subject_id);

-- Envers history: uploads (ADD), moves to another record (MOD), deletions (DEL, with the data).
CREATE TABLE stored_file_aud (
    id               BIGINT       NOT NULL,
    rev              BIGINT       NOT NULL,
    revtype          SMALLINT,
    subject_type     VARCHAR(40),
    subject_id       BIGINT,
    file_name        VARCHAR(255),
    content_type     VARCHAR(100),
    size_bytes       BIGINT,
    sha256           VARCHAR(64),
    storage_key      VARCHAR(200),
    uploaded_by      BIGINT,
    uploaded_by_name VARCHAR(64),
    uploaded_at      ${ts},
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_stored_file_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ${tableOptions};
