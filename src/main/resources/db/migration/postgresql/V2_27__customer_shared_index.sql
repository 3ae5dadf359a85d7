-- The customers shared with a user (ResolvedScope's shared branch of a list) through their own rows'
-- copy of the grantees (V2_26): one bitmap of the matching rows and one visit per row, instead of a
-- primary-key descent per shared customer after finding their ids in record_share (a sales rep with
-- 681 customers shared with their department path: 4.0 ms -> 1.0 ms a list, benchmark data). Partial:
-- customers without shares, most of them and every imported one, add nothing to the index.
UPDATE customer c SET share_grantees = s.grantees
FROM (SELECT tenant_id, subject_id,
             string_agg(CASE grantee_type WHEN 'USER' THEN 'u' ELSE 'd' END || grantee_id, ' '
                        ORDER BY grantee_type, grantee_id) AS grantees
      FROM record_share WHERE subject_type = 'customer' GROUP BY tenant_id, subject_id) s
WHERE c.tenant_id = s.tenant_id AND c.id = s.subject_id;

-- What the criteria query calls (kz_shared_with(c.share_grantees, 'u1556', 'd1051', ...)): inlined by
-- the planner into the overlap test the index answers, its NOT NULL the index's condition.
CREATE FUNCTION kz_shared_with(grantees TEXT, VARIADIC wanted TEXT[]) RETURNS BOOLEAN
    LANGUAGE SQL IMMUTABLE PARALLEL SAFE AS $$
SELECT grantees IS NOT NULL AND string_to_array(grantees, ' ') && wanted
$$;

CREATE INDEX ix_customer_shared ON customer USING gin (string_to_array(share_grantees, ' '))
    WHERE share_grantees IS NOT NULL AND deleted_at IS NULL;
