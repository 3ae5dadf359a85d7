-- Saved list views (filters, columns, sort) and the views each user pins to the home page.
CREATE TABLE saved_view (
    id            BIGINT        NOT NULL PRIMARY KEY,
    tenant_id     BIGINT        NOT NULL,
    owner_id      BIGINT        NOT NULL,
    owner_dept_id BIGINT        NOT NULL,
    list_key      VARCHAR(40)   NOT NULL,
    name          VARCHAR(64)   NOT NULL,
    filters       ${text}       NOT NULL,
    shown_columns VARCHAR(1000),
    sort_spec     VARCHAR(200),
    visibility    VARCHAR(16)   NOT NULL,
    created_at    ${ts}         NOT NULL,
    created_by    BIGINT,
    updated_at    ${ts}         NOT NULL,
    updated_by    BIGINT,
    version       BIGINT        NOT NULL
) ${tableOptions};
CREATE INDEX ix_saved_view_owner ON saved_view (tenant_id, list_key, owner_id);
CREATE INDEX ix_saved_view_shared ON saved_view (tenant_id, list_key, visibility);

CREATE TABLE saved_view_pin (
    tenant_id  BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    view_id    BIGINT NOT NULL,
    sort_order INT    NOT NULL,
    PRIMARY KEY (user_id, view_id),
    CONSTRAINT fk_saved_view_pin_view FOREIGN KEY (view_id) REFERENCES saved_view (id) ON DELETE CASCADE
) ${tableOptions};
CREATE INDEX ix_saved_view_pin_user ON saved_view_pin (tenant_id, user_id, sort_order);
