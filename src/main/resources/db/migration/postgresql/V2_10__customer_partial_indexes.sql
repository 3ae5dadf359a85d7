-- Most customers have no ID number, no membership card and no pool: index only those that do. Every
-- query on these columns looks for a value (lookup by number, a pool's customers), which a partial
-- index serves; inserting a customer without them (an import of 100,000 new customers) no longer
-- touches three indexes. (MariaDB has no partial indexes and keeps the full ones.)
DROP INDEX ix_customer_id_number;
CREATE INDEX ix_customer_id_number ON customer (tenant_id, id_number) WHERE id_number IS NOT NULL;
DROP INDEX ix_customer_membership;
CREATE INDEX ix_customer_membership ON customer (tenant_id, membership_no) WHERE membership_no IS NOT NULL;
DROP INDEX ix_customer_pool;
CREATE INDEX ix_customer_pool ON customer (tenant_id, pool_id) WHERE pool_id IS NOT NULL;
