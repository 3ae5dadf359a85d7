-- The contact list's search (ContactSearch) through indexes, as the customer list's: the name's
-- characters and two-character grams for texts of one or two characters (kz_name_grams, V2_4), its
-- trigrams from three, and the lower-cased email's trigrams (emails are searched from three characters).
-- The pinyin's prefix has its index since V2_36, numbers the phone lookup. Without them every search read
-- the contacts in list order testing each: a department manager's or the company's 2-4 s for most texts,
-- a sales rep's up to 3.4 s for a rare one (benchmark data, 2.7 million contacts).
CREATE INDEX ix_contact_name_grams ON contact USING gin (kz_name_grams(name));
CREATE INDEX ix_contact_name_trgm ON contact USING gin (name gin_trgm_ops);
CREATE INDEX ix_contact_email_trgm ON contact USING gin (lower(email) gin_trgm_ops);
-- The prefix index of names (V2_1) served no query: the search looks for a name anywhere in it.
DROP INDEX ix_contact_name;
