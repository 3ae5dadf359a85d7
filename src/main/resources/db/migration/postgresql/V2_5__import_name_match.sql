-- PostgreSQL: imports match customers by name in any case (as MariaDB's case-insensitive collation
-- does with ix_customer_name): lower(name) = :key, served by an expression index.
CREATE INDEX ix_customer_name_lower ON customer (tenant_id, lower(name));
