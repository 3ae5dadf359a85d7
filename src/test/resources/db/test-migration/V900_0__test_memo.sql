-- Test-only owned record type "memo", used to prove the data-scope predicate, shares, field
-- policies, audit and the recycle bin on a record with the standard owner columns.
CREATE TABLE memo (
    id              BIGINT       NOT NULL PRIMARY KEY,
    tenant_id       BIGINT       NOT NULL,
    title           VARCHAR(200) NOT NULL,
    body            VARCHAR(2000),
    secret_note     VARCHAR(200),
    amount          DECIMAL(18, 2),
    owner_id        BIGINT       NOT NULL,
    owner_dept_id   BIGINT       NOT NULL,
    owner_dept_path VARCHAR(700) NOT NULL,
    deleted_at      ${ts},
    deleted_by      BIGINT,
    created_at      ${ts}        NOT NULL,
    created_by      BIGINT,
    updated_at      ${ts}        NOT NULL,
    updated_by      BIGINT,
    version         BIGINT       NOT NULL
) ${tableOptions};
CREATE INDEX ix_memo_owner_path ON memo (tenant_id, owner_dept_path);

CREATE TABLE memo_aud (
    id              BIGINT       NOT NULL,
    rev             BIGINT       NOT NULL,
    revtype         SMALLINT,
    title           VARCHAR(200),
    body            VARCHAR(2000),
    secret_note     VARCHAR(200),
    amount          DECIMAL(18, 2),
    owner_id        BIGINT,
    owner_dept_id   BIGINT,
    deleted_at      ${ts},
    deleted_by      BIGINT,
    PRIMARY KEY (id, rev)
) ${tableOptions};
