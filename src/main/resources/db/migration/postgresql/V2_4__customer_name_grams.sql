-- Infix search on customer names through an index for one- and two-character texts
-- (io.kezhi.crm.shared.db.NameGrams): a trigram index serves three characters and more, but not the
-- commonest Chinese search, two characters such as 天意. So names are also indexed by their characters
-- and their two-character grams, lower-cased: a name contains a text of one or two characters exactly
-- when kz_name_grams(name) holds it. Querying for one element keeps the planner's estimate right
-- (it knows each gram's frequency from the index statistics), so rare texts use the index and common
-- ones are found while reading the list in order.
-- COST 1000: about ten microseconds a call, far more than an operator; priced so, the planner tests it on
-- a few rows (reading the list in order) only when the text is common, and otherwise goes through the index.
CREATE FUNCTION kz_name_grams(t TEXT) RETURNS TEXT[]
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000
AS $$
DECLARE
    chars TEXT[] := string_to_array(lower(t), NULL);
    n INT := cardinality(chars);
    pairs TEXT[];
BEGIN
    IF n < 2 THEN
        RETURN chars;
    END IF;
    pairs := array_fill(NULL::TEXT, ARRAY[n - 1]);
    FOR i IN 1 .. n - 1 LOOP
        pairs[i] := chars[i] || chars[i + 1];
    END LOOP;
    RETURN chars || pairs;
END
$$;
CREATE INDEX ix_customer_name_grams ON customer USING gin (kz_name_grams(name));
