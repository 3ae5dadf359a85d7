-- Each follow-up carries a copy of its customer's owner (null while the customer waits in a pool) and
-- owner department, kept in step by the application (OwnerCopies), as contacts do (V2_17). The list of
-- follow-ups across customers reads a user's follow-ups through them, newest first, and stops after a
-- page; before, it found each of the user's customers and then all of its follow-ups, and sorted them
-- (a team manager: 0.5 s, a branch manager: 3.8 s, on the benchmark's 10M follow-ups). The customer's own
-- columns still decide who sees a follow-up (ResolvedScope). Not audited.
ALTER TABLE follow_up ADD owner_id BIGINT;
ALTER TABLE follow_up ADD owner_dept_id BIGINT;
UPDATE follow_up SET
    owner_id = (SELECT c.owner_id FROM customer c WHERE c.id = follow_up.customer_id),
    owner_dept_id = (SELECT c.owner_dept_id FROM customer c WHERE c.id = follow_up.customer_id);
