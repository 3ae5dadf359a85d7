-- Deleting a customer (purging it from the recycle bin, or a merged one) makes PostgreSQL check that no
-- contact and no follow-up still points at it, with a lookup by customer_id alone. The indexes led by
-- tenant_id cannot serve that lookup, so each deleted customer read all of contact and follow_up (3M and
-- 10M rows at full scale: minutes per customer). Led by customer_id they serve both that check and every
-- query for one customer's contacts or timeline (the tenant is then a filter on a handful of rows).
-- MariaDB needs no change: InnoDB gives every foreign key an index led by its column.
DROP INDEX ix_contact_customer;
CREATE INDEX ix_contact_customer ON contact (customer_id);
DROP INDEX ix_follow_up_customer;
CREATE INDEX ix_follow_up_customer ON follow_up (customer_id, occurred_at);
