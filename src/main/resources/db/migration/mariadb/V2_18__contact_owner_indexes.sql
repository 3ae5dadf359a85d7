-- The contact list's ways in by owner and by department (V2_17), in name order (the list's default).
-- InnoDB's secondary indexes carry the primary key (id) already.
ALTER TABLE contact MODIFY owner_dept_id BIGINT NOT NULL;
CREATE INDEX ix_contact_owner ON contact (tenant_id, owner_id, name);
CREATE INDEX ix_contact_owner_dept ON contact (tenant_id, owner_dept_id, name);
