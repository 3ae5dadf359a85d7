-- The deleted customers (the recycle bin), few of them: the records shared with a user inside a customer
-- (contacts, follow-ups) are kept unless their customer is among these (RecycledCustomer), which this
-- index answers without reading the live customer's row (contacts shared with a rep: 9 -> 5.5 ms).
CREATE INDEX ix_customer_recycled ON customer (id) INCLUDE (tenant_id) WHERE deleted_at IS NOT NULL;
