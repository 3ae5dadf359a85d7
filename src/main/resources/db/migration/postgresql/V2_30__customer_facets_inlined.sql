-- kz_customer_facets (V2_25) joined the tenant id to text with the anynonarray || text operator, which
-- PostgreSQL marks STABLE (it calls the type's output function); an IMMUTABLE SQL function whose body is
-- not immutable is never inlined, so every customer written (an import's every row, a follow-up's every
-- stamp) started a small executor for it while filling ix_customer_facets. COPY of 90,000 generated
-- customers (every attribute set) into the benchmark's million, paired runs: 21-23 s before, 19-21 s
-- inlined; the bench's 100k import (three attributes a row) moved less than its own spread. With the
-- tenant id cast to text first the body is immutable and the planner inlines it, in the index and in
-- the criteria query (kz_customer_has_facets) alike; the values are the same text, so neither the index
-- nor its statistics change.
CREATE OR REPLACE FUNCTION kz_customer_facets(tenant BIGINT, customer_type VARCHAR, source VARCHAR,
        industry VARCHAR, value_class VARCHAR, relationship_level VARCHAR, status VARCHAR,
        lifecycle_stage VARCHAR, staff_size VARCHAR, province_code VARCHAR, city_code VARCHAR,
        district_code VARCHAR) RETURNS TEXT[]
    LANGUAGE SQL IMMUTABLE PARALLEL SAFE AS $$
SELECT array_remove(ARRAY[
    tenant::TEXT || ':t:' || customer_type, tenant::TEXT || ':s:' || source,
    tenant::TEXT || ':i:' || industry, tenant::TEXT || ':v:' || value_class,
    tenant::TEXT || ':r:' || relationship_level, tenant::TEXT || ':st:' || status,
    tenant::TEXT || ':l:' || lifecycle_stage, tenant::TEXT || ':z:' || staff_size,
    tenant::TEXT || ':p:' || province_code, tenant::TEXT || ':c:' || city_code,
    tenant::TEXT || ':d:' || district_code], NULL)
$$;
