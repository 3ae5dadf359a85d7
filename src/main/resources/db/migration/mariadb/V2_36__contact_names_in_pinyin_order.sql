-- Contact lists sorted by name (their default order) order by the name's pinyin, then the id, as
-- customers do (ContactService.SORTS): the indexes that served the name order (V2_1's of the company's
-- contacts, V2_18's by owner and by department) are keyed on the pinyin instead; each ends in the id, as
-- every secondary index does here. The pinyin holds lower-case letters and digits, which the table's
-- collation orders as the other databases do.
ALTER TABLE contact
    DROP INDEX ix_contact_name,
    DROP INDEX ix_contact_owner,
    DROP INDEX ix_contact_owner_dept,
    ADD INDEX ix_contact_pinyin (tenant_id, name_pinyin),
    ADD INDEX ix_contact_owner (tenant_id, owner_id, name_pinyin),
    ADD INDEX ix_contact_owner_dept (tenant_id, owner_dept_id, name_pinyin);
