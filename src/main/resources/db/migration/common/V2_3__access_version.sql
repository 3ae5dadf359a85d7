-- A counter per company that changes whenever something an access profile is built from changes
-- (users, their roles and superiors, roles with their grants and field policies, departments).
-- Nodes cache profiles by (user, access_version); the per-request account check reads it.
ALTER TABLE company ADD access_version BIGINT DEFAULT 0 NOT NULL;
