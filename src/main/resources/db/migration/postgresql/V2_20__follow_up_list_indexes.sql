-- The follow-up list's ways in, newest first (its default order): by the copies of the customer's owner
-- and department (V2_19), carrying what the list tests besides its customer; and the whole company's
-- (an unrestricted scope), which before sorted every follow-up of the company (7 s for 10M).
ALTER TABLE follow_up ALTER COLUMN owner_dept_id SET NOT NULL;
CREATE INDEX ix_follow_up_owner ON follow_up (tenant_id, owner_id, occurred_at) INCLUDE (id, customer_id, deleted_at);
CREATE INDEX ix_follow_up_owner_dept ON follow_up (tenant_id, owner_dept_id, occurred_at)
    INCLUDE (id, customer_id, deleted_at);
CREATE INDEX ix_follow_up_occurred ON follow_up (tenant_id, occurred_at);
