-- The owner and department indexes (V2_14) with each customer's copy of its tags (V2_31, filled by
-- V2_32): a department's list filtered by a tag read the department's entries index-only and then
-- joined them to a hash of every customer with the tag (78k for a common tag, ~20 ms of a 30-40 ms
-- list, benchmark data); with the copy in the entries the tag is one more test on them.
CREATE INDEX ix_customer_owner ON customer (tenant_id, owner_id, updated_at)
    INCLUDE (id, deleted_at, owner_dept_id, owner_dept_path, customer_type, source, industry, value_class,
             relationship_level, status, lifecycle_stage, staff_size, province_code, city_code, district_code,
             points, created_at, last_follow_up_at, next_follow_up_at, name, tag_digests);
CREATE INDEX ix_customer_owner_dept ON customer (tenant_id, owner_dept_id, updated_at)
    INCLUDE (id, deleted_at, owner_id, owner_dept_path, customer_type, source, industry, value_class,
             relationship_level, status, lifecycle_stage, staff_size, province_code, city_code, district_code,
             points, created_at, last_follow_up_at, next_follow_up_at, name, tag_digests);
