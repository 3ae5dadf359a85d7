-- Contacts and follow-ups carry a copy of their customer's copy of its grantees (V2_26), kept by
-- ShareGrantees whenever the customer's shares change, a contact or follow-up is created, or one moves
-- to another customer (a merge and its undoing). On PostgreSQL it is an index's condition (V2_29): the
-- contacts and follow-ups of every customer with shares, in list order, where a list looks for a page
-- of those shared with the user before finding all of them (ResolvedScope, the shared branch). It only
-- narrows where lists look: record_share still decides which rows are shared with whom.
ALTER TABLE contact ADD share_grantees ${text};
ALTER TABLE follow_up ADD share_grantees ${text};
