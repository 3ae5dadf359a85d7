-- The version nodes cache access profiles by (V2_3) moves in a row of its own instead of the company's.
-- On MariaDB every new row of a company's tables (a user, a role, a department) checks its foreign key
-- by locking the company's row in share mode until commit; moving the version on that same row needs
-- an exclusive lock, so two transactions that both changed who may see what (two administrators adding
-- users at once) each waited for the other's share lock: a deadlock, and an error for one of them. No
-- foreign key points to this table, so moving the version waits at most for the other move to commit.
CREATE TABLE access_version (
    tenant_id BIGINT NOT NULL PRIMARY KEY,
    version   BIGINT NOT NULL,
    CONSTRAINT fk_access_version_company FOREIGN KEY (tenant_id) REFERENCES company (id)
) ${tableOptions};

INSERT INTO access_version (tenant_id, version) SELECT id, access_version FROM company;

ALTER TABLE company DROP COLUMN access_version;
