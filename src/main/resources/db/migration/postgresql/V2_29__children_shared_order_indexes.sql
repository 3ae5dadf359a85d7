-- The copies of V2_28 for the shares made before them, and the contacts and follow-ups of shared
-- customers in the order of their lists' default sorts (contacts by name, follow-ups newest first),
-- with the customer's id that a list's shared branch tests on each row: read in order, a page of a sales rep's
-- contacts of shared customers is found among the first thousand or two entries (index only) instead of
-- probing each of ~680 shared customers for its contacts and sorting them all (7-10 ms; benchmark data).
-- Partial: only the children of customers with shares (a few percent), so imports add nothing to them.
UPDATE contact t SET share_grantees = c.share_grantees
FROM customer c WHERE c.id = t.customer_id AND c.tenant_id = t.tenant_id AND c.share_grantees IS NOT NULL;
UPDATE follow_up t SET share_grantees = c.share_grantees
FROM customer c WHERE c.id = t.customer_id AND c.tenant_id = t.tenant_id AND c.share_grantees IS NOT NULL;

CREATE INDEX ix_contact_shared_name ON contact (tenant_id, name, id) INCLUDE (customer_id)
    WHERE share_grantees IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX ix_follow_up_shared_occurred ON follow_up (tenant_id, occurred_at, id) INCLUDE (customer_id)
    WHERE share_grantees IS NOT NULL AND deleted_at IS NULL;
