-- The follow-up list's ways in, newest first (its default order): by the copies of the customer's owner
-- and department (V2_19), and the whole company's (an unrestricted scope).
-- InnoDB's secondary indexes carry the primary key (id) already.
ALTER TABLE follow_up MODIFY owner_dept_id BIGINT NOT NULL;
CREATE INDEX ix_follow_up_owner ON follow_up (tenant_id, owner_id, occurred_at);
CREATE INDEX ix_follow_up_owner_dept ON follow_up (tenant_id, owner_dept_id, occurred_at);
CREATE INDEX ix_follow_up_occurred ON follow_up (tenant_id, occurred_at);
