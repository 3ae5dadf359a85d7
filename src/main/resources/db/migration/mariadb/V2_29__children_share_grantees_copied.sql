-- The copies of V2_28 for the shares made before them. MariaDB's lists do not read them (no partial
-- index); they are kept in step all the same, by the code every database runs.
UPDATE contact t JOIN customer c ON c.id = t.customer_id AND c.tenant_id = t.tenant_id
SET t.share_grantees = c.share_grantees WHERE c.share_grantees IS NOT NULL;
UPDATE follow_up t JOIN customer c ON c.id = t.customer_id AND c.tenant_id = t.tenant_id
SET t.share_grantees = c.share_grantees WHERE c.share_grantees IS NOT NULL;
