-- Customer lists sorted by name read them in order through this index (in the database's collation, as
-- ORDER BY sorts), instead of sorting every customer in scope that matches the filters. (MariaDB's
-- ix_customer_name already serves both name matches and this order.)
CREATE INDEX ix_customer_name_sort ON customer (tenant_id, name);
