-- PostgreSQL matches customer names in any case (duplicate checks and imports use lower(name), indexed
-- by V2_5), searches them through the trigram and gram indexes, and never by a plain prefix: the
-- pattern index on name served nothing any more and cost every insert and rename. (MariaDB keeps its
-- name index: its case-insensitive collation serves the same matches.)
DROP INDEX ix_customer_name;

-- The expression indexes of V2_4 (name grams) and V2_5 (lower(name)) carry the statistics the planner
-- needs to tell a rare name text from a common one; without them it guesses, and a guess that a rare
-- text is common makes it read the whole customer list in order. Gather them now, not at the next
-- automatic analyze.
ANALYZE customer;
