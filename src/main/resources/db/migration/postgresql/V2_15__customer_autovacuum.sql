-- Customer lists read each branch of a scope as an index-only scan (V2_14), which reads the table
-- only for pages not marked all-visible, and a page loses that mark when any row on it changes (a
-- follow-up updates its customer). Only a vacuum marks it again, and by default autovacuum comes after
-- a fifth of the table has changed: 200,000 customers of a million, weeks of normal work. Measured on
-- the benchmark data after ~9,000 follow-ups: a branch director's tagged list read 12,446 rows from the
-- table in one index-only scan, 125-157 ms, and 78-96 ms once vacuumed (the vacuum took 2.6 s). So the
-- customer table is vacuumed after ~0.5 % of it changed (1 % for inserts, e.g. after an import).
ALTER TABLE customer SET (autovacuum_vacuum_scale_factor = 0.005, autovacuum_vacuum_insert_scale_factor = 0.01);
