-- Each customer's shares as a copy on its own row: the grantees as space-separated tokens, 'u' and the
-- user's id or 'd' and the department's id (e.g. 'd1051 u1556'), NULL when it has none. record_share
-- stays the record of the shares and decides every single-record check; the copy is written by
-- ShareGrantees in the same transaction as every change to a customer's shares, and lets PostgreSQL
-- find a user's shared customers through an index of the customer table itself (V2_27), visiting each
-- one's row once instead of first descending its primary key (ResolvedScope, the shared branch).
ALTER TABLE customer ADD share_grantees ${text};
