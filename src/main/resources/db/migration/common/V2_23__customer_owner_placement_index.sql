-- Which of a department's or a tree's owners (the user and their subordinates) own customers placed
-- outside the scope's departments (OwnerPlacements): answered from this narrow index alone, so that a
-- filtered list reads the owner branch only for them, usually nobody, instead of reading the same
-- customers a second time through the wide owner index (ResolvedScope.branches).
CREATE INDEX ix_customer_owner_placement ON customer (tenant_id, owner_id, owner_dept_id);
