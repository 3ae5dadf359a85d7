-- Each customer's tags as a copy on its own row (TagDigests): the first 16 hex digits of each tag's MD5,
-- sorted, each between spaces (重点客户 and VIP: ' 2890f55fe88695cb 5a11e0bd65af4274 '), NULL without
-- tags. customer_tag stays the record of the tags; the copy is written with them (the entity, the
-- import) and lets PostgreSQL test a list's tag filter on the entries of the owner and department
-- indexes (V2_33).
ALTER TABLE customer ADD tag_digests ${text};
