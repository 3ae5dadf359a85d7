-- Each contact carries a copy of its customer's owner (null while the customer waits in a pool) and
-- owner department, kept in step by the application (ContactOwners). Contact lists read a user's
-- contacts through them in name order and stop after a page; before, they found every customer in the
-- user's scope first and then each one's contacts (a rep's 400 customers: 400 index probes, 6-9 ms; a
-- team manager's 30 subordinates' 13k customers: 50 ms and more), measured on the benchmark data. The
-- customer's own columns still decide who sees a contact (ResolvedScope). Not audited.
ALTER TABLE contact ADD owner_id BIGINT;
ALTER TABLE contact ADD owner_dept_id BIGINT;
UPDATE contact SET
    owner_id = (SELECT c.owner_id FROM customer c WHERE c.id = contact.customer_id),
    owner_dept_id = (SELECT c.owner_dept_id FROM customer c WHERE c.id = contact.customer_id);
