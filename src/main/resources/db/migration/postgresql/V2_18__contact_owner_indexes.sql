-- The contact list's ways in by owner and by department (V2_17), in name order (the list's default),
-- carrying what the list tests besides its customer, so that a page is read from the index alone.
ALTER TABLE contact ALTER COLUMN owner_dept_id SET NOT NULL;
CREATE INDEX ix_contact_owner ON contact (tenant_id, owner_id, name) INCLUDE (id, customer_id, deleted_at);
CREATE INDEX ix_contact_owner_dept ON contact (tenant_id, owner_dept_id, name) INCLUDE (id, customer_id, deleted_at);
