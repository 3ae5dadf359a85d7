-- MariaDB: a plain B-tree serves prefix LIKE.
CREATE INDEX ix_customer_dept_path ON customer (tenant_id, owner_dept_path);
CREATE INDEX ix_customer_name ON customer (tenant_id, name);
CREATE INDEX ix_customer_initials ON customer (tenant_id, name_initials);
CREATE INDEX ix_customer_pinyin ON customer (tenant_id, name_pinyin);
CREATE INDEX ix_phone_lookup_digits ON phone_lookup (tenant_id, digits);
CREATE INDEX ix_contact_name ON contact (tenant_id, name);
