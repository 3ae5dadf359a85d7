-- Kezhi CRM: customers, contacts, follow-ups, customer pools (customer module).

CREATE TABLE customer (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    tenant_id           BIGINT        NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    name_pinyin         VARCHAR(600),
    name_initials       VARCHAR(200),
    customer_type       VARCHAR(16)   NOT NULL,
    source              VARCHAR(64),
    industry            VARCHAR(64),
    value_class         VARCHAR(16),
    relationship_level  VARCHAR(64),
    status              VARCHAR(16)   NOT NULL,
    lifecycle_stage     VARCHAR(16)   NOT NULL,
    province_code       VARCHAR(6),
    city_code           VARCHAR(6),
    district_code       VARCHAR(6),
    address             VARCHAR(300),
    staff_size          VARCHAR(64),
    phone               VARCHAR(32),
    phone2              VARCHAR(32),
    email               VARCHAR(254),
    website             VARCHAR(200),
    id_number           VARCHAR(32),
    membership_no       VARCHAR(64),
    points              BIGINT        NOT NULL,
    remark              VARCHAR(2000),
    owner_id            BIGINT,
    owner_dept_id       BIGINT        NOT NULL,
    owner_dept_path     VARCHAR(700)  NOT NULL,
    pool_id             BIGINT,
    owned_since         ${ts},
    previous_owner_id   BIGINT,
    returned_at         ${ts},
    last_follow_up_at   ${ts},
    next_follow_up_at   ${ts},
    last_deal_at        ${ts},
    open_opportunities  INT           NOT NULL,
    return_warned_at    ${ts},
    merged_into_id      BIGINT,
    deleted_at          ${ts},
    deleted_by          BIGINT,
    created_at          ${ts}         NOT NULL,
    created_by          BIGINT,
    updated_at          ${ts}         NOT NULL,
    updated_by          BIGINT,
    version             BIGINT        NOT NULL
) ${tableOptions};
CREATE INDEX ix_customer_owner ON customer (tenant_id, owner_id, updated_at);
CREATE INDEX ix_customer_pool ON customer (tenant_id, pool_id);
CREATE INDEX ix_customer_updated ON customer (tenant_id, updated_at);
CREATE INDEX ix_customer_created ON customer (tenant_id, created_at);
CREATE INDEX ix_customer_next_follow ON customer (tenant_id, next_follow_up_at);
CREATE INDEX ix_customer_last_follow ON customer (tenant_id, last_follow_up_at);
CREATE INDEX ix_customer_id_number ON customer (tenant_id, id_number);
CREATE INDEX ix_customer_membership ON customer (tenant_id, membership_no);
CREATE INDEX ix_customer_email ON customer (tenant_id, email);

CREATE TABLE customer_tag (
    customer_id BIGINT      NOT NULL,
    tag         VARCHAR(32) NOT NULL,
    PRIMARY KEY (customer_id, tag),
    CONSTRAINT fk_customer_tag_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ${tableOptions};
CREATE INDEX ix_customer_tag_tag ON customer_tag (tag, customer_id);

-- Every phone number of a customer and its contacts, as digits, for lookups by number (telephony).
-- contact_id 0 marks the customer's own numbers.
CREATE TABLE phone_lookup (
    tenant_id   BIGINT      NOT NULL,
    customer_id BIGINT      NOT NULL,
    contact_id  BIGINT      NOT NULL,
    digits      VARCHAR(20) NOT NULL,
    PRIMARY KEY (customer_id, contact_id, digits)
) ${tableOptions};
CREATE INDEX ix_phone_lookup_customer ON phone_lookup (tenant_id, customer_id);

CREATE TABLE contact (
    id              BIGINT       NOT NULL PRIMARY KEY,
    tenant_id       BIGINT       NOT NULL,
    customer_id     BIGINT       NOT NULL,
    name            VARCHAR(64)  NOT NULL,
    name_pinyin     VARCHAR(300),
    gender          VARCHAR(8),
    title           VARCHAR(64),
    department      VARCHAR(64),
    mobile          VARCHAR(32),
    phone           VARCHAR(32),
    email           VARCHAR(254),
    wechat          VARCHAR(64),
    birthday        DATE,
    closeness       VARCHAR(16),
    influence       VARCHAR(16),
    decision_role   VARCHAR(24),
    primary_contact BOOLEAN      NOT NULL,
    remark          VARCHAR(1000),
    deleted_at      ${ts},
    deleted_by      BIGINT,
    created_at      ${ts}        NOT NULL,
    created_by      BIGINT,
    updated_at      ${ts}        NOT NULL,
    updated_by      BIGINT,
    version         BIGINT       NOT NULL,
    CONSTRAINT fk_contact_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ${tableOptions};
CREATE INDEX ix_contact_customer ON contact (tenant_id, customer_id);
CREATE INDEX ix_contact_updated ON contact (tenant_id, updated_at);

CREATE TABLE follow_up (
    id                BIGINT       NOT NULL PRIMARY KEY,
    tenant_id         BIGINT       NOT NULL,
    customer_id       BIGINT       NOT NULL,
    contact_id        BIGINT,
    opportunity_id    BIGINT,
    follow_type       VARCHAR(64)  NOT NULL,
    content           ${text}      NOT NULL,
    occurred_at       ${ts}        NOT NULL,
    next_follow_up_at ${ts},
    next_action       VARCHAR(500),
    author_id         BIGINT       NOT NULL,
    deleted_at        ${ts},
    deleted_by        BIGINT,
    created_at        ${ts}        NOT NULL,
    created_by        BIGINT,
    updated_at        ${ts}        NOT NULL,
    updated_by        BIGINT,
    version           BIGINT       NOT NULL,
    CONSTRAINT fk_follow_up_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ${tableOptions};
CREATE INDEX ix_follow_up_customer ON follow_up (tenant_id, customer_id, occurred_at);
CREATE INDEX ix_follow_up_author ON follow_up (tenant_id, author_id, occurred_at);

-- Customer pools (公海): one per department at most; it serves that department and those below.
CREATE TABLE customer_pool (
    id                      BIGINT       NOT NULL PRIMARY KEY,
    tenant_id               BIGINT       NOT NULL,
    name                    VARCHAR(64)  NOT NULL,
    department_id           BIGINT       NOT NULL,
    description             VARCHAR(255),
    max_owned_per_user      INT,
    cooldown_days           INT          NOT NULL,
    exempt_won_deal         BOOLEAN      NOT NULL,
    exempt_open_opportunity BOOLEAN      NOT NULL,
    enabled                 BOOLEAN      NOT NULL,
    created_at              ${ts}        NOT NULL,
    created_by              BIGINT,
    updated_at              ${ts}        NOT NULL,
    updated_by              BIGINT,
    version                 BIGINT       NOT NULL,
    CONSTRAINT uk_customer_pool_department UNIQUE (tenant_id, department_id)
) ${tableOptions};

-- Automatic return rules of a pool; a rule without value class applies to every class without its own.
CREATE TABLE customer_pool_rule (
    pool_id           BIGINT      NOT NULL,
    value_class       VARCHAR(16) NOT NULL,
    no_follow_up_days INT,
    no_deal_days      INT,
    warn_days         INT         NOT NULL,
    PRIMARY KEY (pool_id, value_class),
    CONSTRAINT fk_pool_rule_pool FOREIGN KEY (pool_id) REFERENCES customer_pool (id)
) ${tableOptions};

-- Members beyond the users of the pool's department subtree.
CREATE TABLE customer_pool_member (
    pool_id     BIGINT      NOT NULL,
    member_type VARCHAR(16) NOT NULL,
    member_id   BIGINT      NOT NULL,
    PRIMARY KEY (pool_id, member_type, member_id),
    CONSTRAINT fk_pool_member_pool FOREIGN KEY (pool_id) REFERENCES customer_pool (id)
) ${tableOptions};

-- Every claim, assignment, transfer, return, hand-over and merge of a customer.
CREATE TABLE customer_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    tenant_id    BIGINT        NOT NULL,
    customer_id  BIGINT        NOT NULL,
    event_type   VARCHAR(24)   NOT NULL,
    from_user_id BIGINT,
    to_user_id   BIGINT,
    pool_id      BIGINT,
    reason       VARCHAR(500),
    actor_id     BIGINT,
    occurred_at  ${ts}         NOT NULL
) ${tableOptions};
CREATE INDEX ix_customer_event_customer ON customer_event (tenant_id, customer_id, occurred_at);
CREATE INDEX ix_customer_event_from ON customer_event (tenant_id, from_user_id, event_type, occurred_at);

-- A merge, kept so that it can be undone: what moved and the survivor's values before.
CREATE TABLE customer_merge (
    id              BIGINT        NOT NULL PRIMARY KEY,
    tenant_id       BIGINT        NOT NULL,
    survivor_id     BIGINT        NOT NULL,
    merged_ids      VARCHAR(2000) NOT NULL,
    survivor_before ${text}       NOT NULL,
    moved           ${text}       NOT NULL,
    actor_id        BIGINT,
    merged_at       ${ts}         NOT NULL,
    undone_at       ${ts}
) ${tableOptions};
CREATE INDEX ix_customer_merge_survivor ON customer_merge (tenant_id, survivor_id);

CREATE TABLE customer_settings (
    tenant_id      BIGINT     NOT NULL PRIMARY KEY,
    duplicate_mode VARCHAR(8) NOT NULL,
    version        BIGINT     NOT NULL
) ${tableOptions};

CREATE TABLE customer_aud (
    id                 BIGINT NOT NULL,
    rev                BIGINT NOT NULL,
    revtype            SMALLINT,
    name               VARCHAR(200),
    customer_type      VARCHAR(16),
    source             VARCHAR(64),
    industry           VARCHAR(64),
    value_class        VARCHAR(16),
    relationship_level VARCHAR(64),
    status             VARCHAR(16),
    lifecycle_stage    VARCHAR(16),
    province_code      VARCHAR(6),
    city_code          VARCHAR(6),
    district_code      VARCHAR(6),
    address            VARCHAR(300),
    staff_size         VARCHAR(64),
    phone              VARCHAR(32),
    phone2             VARCHAR(32),
    email              VARCHAR(254),
    website            VARCHAR(200),
    id_number          VARCHAR(32),
    membership_no      VARCHAR(64),
    points             BIGINT,
    remark             VARCHAR(2000),
    owner_id           BIGINT,
    owner_dept_id      BIGINT,
    pool_id            BIGINT,
    merged_into_id     BIGINT,
    deleted_at         ${ts},
    deleted_by         BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_customer_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ${tableOptions};

CREATE TABLE customer_tag_aud (
    rev         BIGINT      NOT NULL,
    revtype     SMALLINT,
    customer_id BIGINT      NOT NULL,
    tag         VARCHAR(32) NOT NULL,
    PRIMARY KEY (rev, customer_id, tag),
    CONSTRAINT fk_customer_tag_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ${tableOptions};

CREATE TABLE contact_aud (
    id              BIGINT NOT NULL,
    rev             BIGINT NOT NULL,
    revtype         SMALLINT,
    customer_id     BIGINT,
    name            VARCHAR(64),
    gender          VARCHAR(8),
    title           VARCHAR(64),
    department      VARCHAR(64),
    mobile          VARCHAR(32),
    phone           VARCHAR(32),
    email           VARCHAR(254),
    wechat          VARCHAR(64),
    birthday        DATE,
    closeness       VARCHAR(16),
    influence       VARCHAR(16),
    decision_role   VARCHAR(24),
    primary_contact BOOLEAN,
    remark          VARCHAR(1000),
    deleted_at      ${ts},
    deleted_by      BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_contact_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ${tableOptions};

CREATE TABLE follow_up_aud (
    id                BIGINT NOT NULL,
    rev               BIGINT NOT NULL,
    revtype           SMALLINT,
    customer_id       BIGINT,
    contact_id        BIGINT,
    opportunity_id    BIGINT,
    follow_type       VARCHAR(64),
    content           ${text},
    occurred_at       ${ts},
    next_follow_up_at ${ts},
    next_action       VARCHAR(500),
    author_id         BIGINT,
    deleted_at        ${ts},
    deleted_by        BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_follow_up_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ${tableOptions};

CREATE TABLE customer_pool_aud (
    id                      BIGINT NOT NULL,
    rev                     BIGINT NOT NULL,
    revtype                 SMALLINT,
    name                    VARCHAR(64),
    department_id           BIGINT,
    description             VARCHAR(255),
    max_owned_per_user      INT,
    cooldown_days           INT,
    exempt_won_deal         BOOLEAN,
    exempt_open_opportunity BOOLEAN,
    enabled                 BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_customer_pool_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ${tableOptions};

CREATE TABLE customer_pool_rule_aud (
    rev               BIGINT      NOT NULL,
    revtype           SMALLINT    NOT NULL,
    pool_id           BIGINT      NOT NULL,
    setordinal        INT         NOT NULL,
    value_class       VARCHAR(16),
    no_follow_up_days INT,
    no_deal_days      INT,
    warn_days         INT,
    PRIMARY KEY (rev, pool_id, revtype, setordinal),
    CONSTRAINT fk_pool_rule_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ${tableOptions};

CREATE TABLE customer_pool_member_aud (
    rev         BIGINT      NOT NULL,
    revtype     SMALLINT    NOT NULL,
    pool_id     BIGINT      NOT NULL,
    setordinal  INT         NOT NULL,
    member_type VARCHAR(16),
    member_id   BIGINT,
    PRIMARY KEY (rev, pool_id, revtype, setordinal),
    CONSTRAINT fk_pool_member_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ${tableOptions};
