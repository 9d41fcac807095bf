-- Identity sequences past the explicit ids, the dropped indexes back, statistics and the
-- visibility map as a database in service would have them.
SELECT setval(pg_get_serial_sequence('agreement', 'id'), (SELECT max(id) FROM agreement));
SELECT setval(pg_get_serial_sequence('meeting', 'id'), (SELECT max(id) FROM meeting));
