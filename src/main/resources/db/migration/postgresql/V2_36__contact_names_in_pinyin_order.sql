-- Contact lists sorted by name (their default order) order by the name's pinyin, then the id, as
-- customers do since V2_35 (ContactService.SORTS): 李四 before 张三, Latin names without regard to case.
-- The pinyin turns "C" (lower-case letters and digits: every collation orders them alike) and is
-- analysed again (a type change drops the column's statistics). Each index that served the name order is
-- keyed on the pinyin instead, ending in the id as the order does (张伟 and 章伟 are both zhangwei), nulls
-- first as ListOrders asks for a nullable key: the company's contacts (V2_12, which now also serves a
-- search by pinyin prefix), by owner and by department (V2_18), those of shared customers (V2_29).
ALTER TABLE contact ALTER COLUMN name_pinyin TYPE VARCHAR(300) COLLATE "C";
ANALYZE contact (name_pinyin);

DROP INDEX ix_contact_name_sort;
CREATE INDEX ix_contact_pinyin ON contact (tenant_id, name_pinyin NULLS FIRST, id);
DROP INDEX ix_contact_owner;
CREATE INDEX ix_contact_owner ON contact (tenant_id, owner_id, name_pinyin NULLS FIRST, id)
    INCLUDE (customer_id, deleted_at);
DROP INDEX ix_contact_owner_dept;
CREATE INDEX ix_contact_owner_dept ON contact (tenant_id, owner_dept_id, name_pinyin NULLS FIRST, id)
    INCLUDE (customer_id, deleted_at);
DROP INDEX ix_contact_shared_name;
CREATE INDEX ix_contact_shared_pinyin ON contact (tenant_id, name_pinyin NULLS FIRST, id) INCLUDE (customer_id)
    WHERE share_grantees IS NOT NULL AND deleted_at IS NULL;
