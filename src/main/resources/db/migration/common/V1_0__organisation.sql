-- Kezhi CRM: organisation, people and permissions (identity module).
-- Column types that differ between PostgreSQL and MariaDB come from placeholders set by
-- SqlVendor: ${ts} (UTC instant), ${text}, ${blob}, ${tableOptions}.

CREATE SEQUENCE kz_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE company (
    id                     BIGINT       NOT NULL PRIMARY KEY,
    code                   VARCHAR(32)  NOT NULL,
    name                   VARCHAR(100) NOT NULL,
    time_zone              VARCHAR(40)  NOT NULL,
    status                 VARCHAR(16)  NOT NULL,
    ip_allowlist           VARCHAR(2000),
    recycle_retention_days INT          NOT NULL,
    created_at             ${ts}        NOT NULL,
    updated_at             ${ts}        NOT NULL,
    version                BIGINT       NOT NULL,
    CONSTRAINT uk_company_code UNIQUE (code)
) ${tableOptions};

CREATE TABLE department (
    id          BIGINT       NOT NULL PRIMARY KEY,
    tenant_id   BIGINT       NOT NULL,
    parent_id   BIGINT,
    name        VARCHAR(64)  NOT NULL,
    path        VARCHAR(700) NOT NULL,
    depth       INT          NOT NULL,
    sort_order  INT          NOT NULL,
    enabled     BOOLEAN      NOT NULL,
    deleted_at  ${ts},
    deleted_by  BIGINT,
    created_at  ${ts}        NOT NULL,
    created_by  BIGINT,
    updated_at  ${ts}        NOT NULL,
    updated_by  BIGINT,
    version     BIGINT       NOT NULL,
    CONSTRAINT fk_department_company FOREIGN KEY (tenant_id) REFERENCES company (id),
    CONSTRAINT fk_department_parent FOREIGN KEY (parent_id) REFERENCES department (id)
) ${tableOptions};
CREATE INDEX ix_department_parent ON department (tenant_id, parent_id);
CREATE INDEX ix_department_path ON department (tenant_id, path);

CREATE TABLE app_user (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    tenant_id           BIGINT       NOT NULL,
    username            VARCHAR(64)  NOT NULL,
    display_name        VARCHAR(64)  NOT NULL,
    password_hash       VARCHAR(100) NOT NULL,
    email               VARCHAR(254),
    mobile              VARCHAR(32),
    job_title           VARCHAR(64),
    department_id       BIGINT       NOT NULL,
    dept_path           VARCHAR(700) NOT NULL,
    superior_id         BIGINT,
    status              VARCHAR(16)  NOT NULL,
    left_at             ${ts},
    locale              VARCHAR(10),
    password_changed_at ${ts},
    deleted_at          ${ts},
    deleted_by          BIGINT,
    created_at          ${ts}        NOT NULL,
    created_by          BIGINT,
    updated_at          ${ts}        NOT NULL,
    updated_by          BIGINT,
    version             BIGINT       NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (tenant_id, username),
    CONSTRAINT fk_app_user_company FOREIGN KEY (tenant_id) REFERENCES company (id),
    CONSTRAINT fk_app_user_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_app_user_superior FOREIGN KEY (superior_id) REFERENCES app_user (id)
) ${tableOptions};
CREATE INDEX ix_app_user_dept_path ON app_user (tenant_id, dept_path);
CREATE INDEX ix_app_user_department ON app_user (tenant_id, department_id);
CREATE INDEX ix_app_user_superior ON app_user (tenant_id, superior_id);

CREATE TABLE app_role (
    id          BIGINT       NOT NULL PRIMARY KEY,
    tenant_id   BIGINT       NOT NULL,
    name        VARCHAR(64)  NOT NULL,
    description VARCHAR(255),
    builtin     BOOLEAN      NOT NULL,
    deleted_at  ${ts},
    deleted_by  BIGINT,
    created_at  ${ts}        NOT NULL,
    created_by  BIGINT,
    updated_at  ${ts}        NOT NULL,
    updated_by  BIGINT,
    version     BIGINT       NOT NULL,
    CONSTRAINT fk_app_role_company FOREIGN KEY (tenant_id) REFERENCES company (id)
) ${tableOptions};
CREATE INDEX ix_app_role_tenant ON app_role (tenant_id);

CREATE TABLE role_permission (
    role_id    BIGINT      NOT NULL,
    module     VARCHAR(40) NOT NULL,
    operation  VARCHAR(16) NOT NULL,
    data_scope VARCHAR(16) NOT NULL,
    PRIMARY KEY (role_id, module, operation),
    CONSTRAINT fk_role_permission_role FOREIGN KEY (role_id) REFERENCES app_role (id)
) ${tableOptions};

CREATE TABLE role_field_policy (
    role_id BIGINT      NOT NULL,
    entity  VARCHAR(40) NOT NULL,
    field   VARCHAR(60) NOT NULL,
    policy  VARCHAR(16) NOT NULL,
    PRIMARY KEY (role_id, entity, field),
    CONSTRAINT fk_role_field_policy_role FOREIGN KEY (role_id) REFERENCES app_role (id)
) ${tableOptions};

CREATE TABLE user_role (
    user_id BIGINT NOT NULL,
    role_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, role_id),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_user_role_role FOREIGN KEY (role_id) REFERENCES app_role (id)
) ${tableOptions};
CREATE INDEX ix_user_role_role ON user_role (role_id);

-- Explicit shares of one record with a user or a department (and its sub-departments).
CREATE TABLE record_share (
    id           BIGINT      NOT NULL PRIMARY KEY,
    tenant_id    BIGINT      NOT NULL,
    subject_type VARCHAR(40) NOT NULL,
    subject_id   BIGINT      NOT NULL,
    grantee_type VARCHAR(16) NOT NULL,
    grantee_id   BIGINT      NOT NULL,
    access_level VARCHAR(16) NOT NULL,
    created_at   ${ts}       NOT NULL,
    created_by   BIGINT,
    CONSTRAINT uk_record_share UNIQUE (tenant_id, subject_type, subject_id, grantee_type, grantee_id)
) ${tableOptions};
CREATE INDEX ix_record_share_grantee ON record_share (tenant_id, subject_type, grantee_type, grantee_id, subject_id);

CREATE TABLE login_event (
    id          BIGINT       NOT NULL PRIMARY KEY,
    tenant_id   BIGINT,
    user_id     BIGINT,
    username    VARCHAR(64)  NOT NULL,
    event_type  VARCHAR(16)  NOT NULL,
    result      VARCHAR(24)  NOT NULL,
    ip          VARCHAR(64),
    user_agent  VARCHAR(512),
    occurred_at ${ts}        NOT NULL
) ${tableOptions};
CREATE INDEX ix_login_event_time ON login_event (tenant_id, occurred_at);
CREATE INDEX ix_login_event_user ON login_event (tenant_id, user_id, occurred_at);

-- Failed sign-in counter per company and login name, whether or not such a user exists,
-- so that a locked name answers the same for real and unknown users.
CREATE TABLE login_attempt (
    tenant_id       BIGINT      NOT NULL,
    username        VARCHAR(64) NOT NULL,
    failures        INT         NOT NULL,
    last_failure_at ${ts}       NOT NULL,
    locked_until    ${ts},
    PRIMARY KEY (tenant_id, username)
) ${tableOptions};

CREATE TABLE api_token (
    id           BIGINT      NOT NULL PRIMARY KEY,
    tenant_id    BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    name         VARCHAR(64) NOT NULL,
    token_hash   VARCHAR(64) NOT NULL,
    token_prefix VARCHAR(16) NOT NULL,
    created_at   ${ts}       NOT NULL,
    expires_at   ${ts},
    last_used_at ${ts},
    revoked_at   ${ts},
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${tableOptions};
CREATE INDEX ix_api_token_user ON api_token (tenant_id, user_id);
