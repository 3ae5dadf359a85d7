-- Kezhi CRM: import jobs, their row errors and remembered column mappings (dataexchange module).

CREATE TABLE import_job (
    id              BIGINT        NOT NULL PRIMARY KEY,
    tenant_id       BIGINT        NOT NULL,
    target          VARCHAR(40)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    file_key        VARCHAR(100)  NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    file_format     VARCHAR(8)    NOT NULL,
    file_size       BIGINT        NOT NULL,
    encoding        VARCHAR(32),
    header_key      VARCHAR(64)   NOT NULL,
    headers         ${text}       NOT NULL,
    mapping         ${text},
    dedupe_policy   VARCHAR(8),
    total_rows      INT           NOT NULL,
    processed_rows  INT           NOT NULL,
    error_count     INT           NOT NULL,
    created_count   INT           NOT NULL,
    updated_count   INT           NOT NULL,
    skipped_count   INT           NOT NULL,
    failure_key     VARCHAR(100),
    failure_args    VARCHAR(500),
    created_by      BIGINT        NOT NULL,
    created_at      ${ts}         NOT NULL,
    updated_at      ${ts}         NOT NULL,
    finished_at     ${ts}
) ${tableOptions};
CREATE INDEX ix_import_job_creator ON import_job (tenant_id, created_by, created_at);
CREATE INDEX ix_import_job_status ON import_job (status, updated_at);

-- One row per problem found while validating; seq_no orders them within the job.
CREATE TABLE import_job_error (
    tenant_id       BIGINT        NOT NULL,
    job_id          BIGINT        NOT NULL,
    seq_no          INT           NOT NULL,
    row_no          INT           NOT NULL,
    column_header   VARCHAR(255),
    field           VARCHAR(64),
    message_key     VARCHAR(100)  NOT NULL,
    message_args    VARCHAR(1000),
    PRIMARY KEY (job_id, seq_no)
) ${tableOptions};
CREATE INDEX ix_import_job_error_tenant ON import_job_error (tenant_id, job_id);

-- The mapping a user last chose for a file with this set of headers (header_key: SHA-256 of them).
CREATE TABLE import_mapping (
    tenant_id       BIGINT        NOT NULL,
    user_id         BIGINT        NOT NULL,
    target          VARCHAR(40)   NOT NULL,
    header_key      VARCHAR(64)   NOT NULL,
    mapping         ${text}       NOT NULL,
    updated_at      ${ts}         NOT NULL,
    PRIMARY KEY (tenant_id, user_id, target, header_key)
) ${tableOptions};
