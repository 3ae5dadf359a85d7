-- A customer never followed up, or with nothing planned, sorts as the smallest value on every database:
-- first in an ascending list, last in a descending one (ListOrders). That is MariaDB's own order;
-- PostgreSQL sorts nulls as the greatest value, so the lists now say NULLS FIRST / NULLS LAST for these
-- keys, and their indexes are declared NULLS FIRST: read forwards they give the ascending order, read
-- backwards the descending one, still ending in the id in the sort's direction (V2_22). Before, "last
-- follow-up, newest first" began with the customers never followed up on PostgreSQL and ended with them
-- on MariaDB.
DROP INDEX ix_customer_last_follow;
CREATE INDEX ix_customer_last_follow ON customer (tenant_id, last_follow_up_at NULLS FIRST, id);
DROP INDEX ix_customer_next_follow;
CREATE INDEX ix_customer_next_follow ON customer (tenant_id, next_follow_up_at NULLS FIRST, id);
