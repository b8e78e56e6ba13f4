-- Schema v6: the date index covers movement tracking.
-- The approach alert reads every event of the last 90 days (position, date, actors, precision, admin1)
-- after each ingest; through (event_date) alone each of ~80,000 rows cost a table lookup on a random
-- page, most of the rule's time. With those columns in the index the read touches only the index. It
-- replaces ix_events_date (same leading column), so other date-range reads still use it.
CREATE INDEX ix_events_date_track ON events(event_date, status, actor1, actor2, latitude, longitude, geo_precision, admin1, event_id);
DROP INDEX ix_events_date;
