-- PostgreSQL: prefix LIKE uses a B-tree only with pattern operators (whatever the collation);
-- contains-search on names uses trigrams (pg_trgm, trusted since PostgreSQL 13).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_customer_dept_path ON customer (tenant_id, owner_dept_path varchar_pattern_ops);
CREATE INDEX ix_customer_name ON customer (tenant_id, name varchar_pattern_ops);
CREATE INDEX ix_customer_initials ON customer (tenant_id, name_initials varchar_pattern_ops);
CREATE INDEX ix_customer_pinyin ON customer (tenant_id, name_pinyin varchar_pattern_ops);
CREATE INDEX ix_customer_name_trgm ON customer USING gin (name gin_trgm_ops);
CREATE INDEX ix_phone_lookup_digits ON phone_lookup (tenant_id, digits varchar_pattern_ops);
CREATE INDEX ix_contact_name ON contact (tenant_id, name varchar_pattern_ops);
