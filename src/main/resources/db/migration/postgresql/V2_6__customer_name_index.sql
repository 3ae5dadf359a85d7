-- PostgreSQL matches customer names in any case (duplicate checks and imports use lower(name), indexed
-- by V2_5), searches them through the trigram and gram indexes, and never by a plain prefix: the
-- pattern index on name served nothing any more and cost every insert and rename. (MariaDB keeps its
-- name index: its case-insensitive collation serves the same matches.)
DROP INDEX ix_customer_name;
