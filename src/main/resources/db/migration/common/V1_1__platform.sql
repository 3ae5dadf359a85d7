-- Kezhi CRM: platform tables (sessions, cluster locks, audit, recycle bin, dictionaries).

-- Spring Session JDBC (browser sessions shared between nodes, surviving restarts).
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID            CHAR(36)     NOT NULL,
    SESSION_ID            CHAR(36)     NOT NULL,
    CREATION_TIME         BIGINT       NOT NULL,
    LAST_ACCESS_TIME      BIGINT       NOT NULL,
    MAX_INACTIVE_INTERVAL INT          NOT NULL,
    EXPIRY_TIME           BIGINT       NOT NULL,
    PRINCIPAL_NAME        VARCHAR(100),
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
) ${tableOptions};
CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36)     NOT NULL,
    ATTRIBUTE_NAME     VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES    ${blob}      NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID)
        REFERENCES SPRING_SESSION (PRIMARY_ID) ON DELETE CASCADE
) ${tableOptions};

-- ShedLock: every scheduled job runs once per cluster.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until ${localTs}   NOT NULL,
    locked_at  ${localTs}   NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
) ${tableOptions};

-- Envers revision: who changed what, when, from where.
CREATE TABLE audit_revision (
    id            BIGINT      NOT NULL PRIMARY KEY,
    rev_timestamp BIGINT      NOT NULL,
    tenant_id     BIGINT,
    user_id       BIGINT,
    user_name     VARCHAR(64),
    ip            VARCHAR(64),
    request_id    VARCHAR(64)
) ${tableOptions};
CREATE INDEX ix_audit_revision_tenant ON audit_revision (tenant_id, rev_timestamp);

CREATE TABLE company_aud (
    id                     BIGINT   NOT NULL,
    rev                    BIGINT   NOT NULL,
    revtype                SMALLINT,
    code                   VARCHAR(32),
    name                   VARCHAR(100),
    time_zone              VARCHAR(40),
    status                 VARCHAR(16),
    ip_allowlist           VARCHAR(2000),
    recycle_retention_days INT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_company_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ${tableOptions};

CREATE TABLE department_aud (
    id         BIGINT      NOT NULL,
    rev        BIGINT      NOT NULL,
    revtype    SMALLINT,
    parent_id  BIGINT,
    name       VARCHAR(64),
    sort_order INT,
    enabled    BOOLEAN,
    deleted_at ${ts},
    deleted_by BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_department_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ${tableOptions};

CREATE TABLE app_user_aud (
    id                  BIGINT       NOT NULL,
    rev                 BIGINT       NOT NULL,
    revtype             SMALLINT,
    username            VARCHAR(64),
    display_name        VARCHAR(64),
    email               VARCHAR(254),
    mobile              VARCHAR(32),
    job_title           VARCHAR(64),
    department_id       BIGINT,
    superior_id         BIGINT,
    status              VARCHAR(16),
    left_at             ${ts},
    locale              VARCHAR(10),
    password_changed_at ${ts},
    deleted_at          ${ts},
    deleted_by          BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_app_user_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ${tableOptions};

CREATE TABLE user_role_aud (
    rev     BIGINT NOT NULL,
    revtype SMALLINT,
    user_id BIGINT NOT NULL,
    role_id BIGINT NOT NULL,
    PRIMARY KEY (rev, user_id, role_id),
    CONSTRAINT fk_user_role_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ${tableOptions};

CREATE TABLE app_role_aud (
    id          BIGINT       NOT NULL,
    rev         BIGINT       NOT NULL,
    revtype     SMALLINT,
    name        VARCHAR(64),
    description VARCHAR(255),
    builtin     BOOLEAN,
    deleted_at  ${ts},
    deleted_by  BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_app_role_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ${tableOptions};

-- Envers audits a set of embeddables with an ordinal per element (SETORDINAL).
CREATE TABLE role_permission_aud (
    rev        BIGINT      NOT NULL,
    revtype    SMALLINT    NOT NULL,
    role_id    BIGINT      NOT NULL,
    setordinal INT         NOT NULL,
    module     VARCHAR(40),
    operation  VARCHAR(16),
    data_scope VARCHAR(16),
    PRIMARY KEY (rev, role_id, revtype, setordinal),
    CONSTRAINT fk_role_permission_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ${tableOptions};

CREATE TABLE role_field_policy_aud (
    rev        BIGINT      NOT NULL,
    revtype    SMALLINT    NOT NULL,
    role_id    BIGINT      NOT NULL,
    setordinal INT         NOT NULL,
    entity     VARCHAR(40),
    field      VARCHAR(60),
    policy     VARCHAR(16),
    PRIMARY KEY (rev, role_id, revtype, setordinal),
    CONSTRAINT fk_role_field_policy_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ${tableOptions};

-- Recycle bin: one row per soft-deleted record, with the owner columns the data scope needs.
CREATE TABLE recycle_entry (
    id              BIGINT       NOT NULL PRIMARY KEY,
    tenant_id       BIGINT       NOT NULL,
    subject_type    VARCHAR(40)  NOT NULL,
    subject_id      BIGINT       NOT NULL,
    title           VARCHAR(200) NOT NULL,
    owner_id        BIGINT,
    owner_dept_id   BIGINT,
    owner_dept_path VARCHAR(700),
    deleted_by      BIGINT,
    deleted_by_name VARCHAR(64),
    deleted_at      ${ts}        NOT NULL,
    purge_after     ${ts}        NOT NULL,
    CONSTRAINT uk_recycle_entry_subject UNIQUE (tenant_id, subject_type, subject_id)
) ${tableOptions};
CREATE INDEX ix_recycle_entry_time ON recycle_entry (tenant_id, deleted_at);
CREATE INDEX ix_recycle_entry_purge ON recycle_entry (purge_after);

-- Data dictionaries: administrator-edited value lists (customer source, industry, level...).
CREATE TABLE dict_type (
    id          BIGINT       NOT NULL PRIMARY KEY,
    tenant_id   BIGINT       NOT NULL,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(64)  NOT NULL,
    name_en     VARCHAR(64),
    description VARCHAR(255),
    builtin     BOOLEAN      NOT NULL,
    created_at  ${ts}        NOT NULL,
    created_by  BIGINT,
    updated_at  ${ts}        NOT NULL,
    updated_by  BIGINT,
    version     BIGINT       NOT NULL,
    CONSTRAINT uk_dict_type_code UNIQUE (tenant_id, code)
) ${tableOptions};

CREATE TABLE dict_item (
    id          BIGINT      NOT NULL PRIMARY KEY,
    tenant_id   BIGINT      NOT NULL,
    type_id     BIGINT      NOT NULL,
    code        VARCHAR(64) NOT NULL,
    label       VARCHAR(64) NOT NULL,
    label_en    VARCHAR(64),
    sort_order  INT         NOT NULL,
    enabled     BOOLEAN     NOT NULL,
    deleted_at  ${ts},
    deleted_by  BIGINT,
    created_at  ${ts}       NOT NULL,
    created_by  BIGINT,
    updated_at  ${ts}       NOT NULL,
    updated_by  BIGINT,
    version     BIGINT      NOT NULL,
    CONSTRAINT uk_dict_item_code UNIQUE (type_id, code),
    CONSTRAINT fk_dict_item_type FOREIGN KEY (type_id) REFERENCES dict_type (id)
) ${tableOptions};
CREATE INDEX ix_dict_item_type ON dict_item (tenant_id, type_id, sort_order);

CREATE TABLE dict_type_aud (
    id          BIGINT      NOT NULL,
    rev         BIGINT      NOT NULL,
    revtype     SMALLINT,
    code        VARCHAR(64),
    name        VARCHAR(64),
    name_en     VARCHAR(64),
    description VARCHAR(255),
    builtin     BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_dict_type_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ${tableOptions};

CREATE TABLE dict_item_aud (
    id         BIGINT      NOT NULL,
    rev        BIGINT      NOT NULL,
    revtype    SMALLINT,
    type_id    BIGINT,
    code       VARCHAR(64),
    label      VARCHAR(64),
    label_en   VARCHAR(64),
    sort_order INT,
    enabled    BOOLEAN,
    deleted_at ${ts},
    deleted_by BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_dict_item_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ${tableOptions};
