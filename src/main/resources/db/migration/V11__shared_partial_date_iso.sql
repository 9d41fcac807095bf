-- A partial date as ISO 8601 at its precision ('2026-02-05', '2025-09', '1996'), for read
-- queries that assemble a record's parts as JSON in a single statement.
CREATE FUNCTION partial_date_iso(d date, prec varchar) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE prec WHEN 'DAY' THEN to_char(d, 'YYYY-MM-DD')
                          WHEN 'MONTH' THEN to_char(d, 'YYYY-MM')
                          WHEN 'YEAR' THEN to_char(d, 'YYYY') END
$$;
