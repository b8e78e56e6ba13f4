-- Schema v7: one event index fewer, and a small index of extracted events.
-- 1. ix_events_country_month_type (country, month, event_type, status, fatalities) is gone: month ×
--    event_type counts come from event_month_counts (004), and what still used it (counts by country
--    with a fatality, sub-event or mid-month date filter) reads the country-and-date index as well once
--    that index carries month. Every event written paid for it: an eighth of a bulk import's time (its
--    rebuild) and one random leaf page more per ingested event, which at millions of events is a page
--    read and a page in the log each. The country-and-date index gets month as its last column and
--    stays covering for everything either index answered.
--    (Tried and left out: a bigger FTS5 'hashsize' (64 MB) made the full-text step of a 200,000-row
--    import 0.5 → 0.35 s, but ingest CPU per dispatch after a 2.5-million-event load went 0.67 → 1.07
--    ms, likely from merging new segments into the few big ones such a load leaves.)
CREATE INDEX ix_events_country_date_month ON events(country, event_date, admin1, status, event_type, fatalities, kidnapped, month);
DROP INDEX ix_events_country_date_cover;
DROP INDEX ix_events_country_month_type;
-- 2. Dedup candidates (the events an ingest may merge into) are the extracted events; loading them
--    (once per ingest) scanned the whole table for origin = 'extracted', half a second at 2.5 million
--    imported events. This partial index holds only extracted events, keyed by id so that ingested
--    events append to its last page; imported rows do not enter it.
CREATE INDEX ix_events_extracted ON events(id, event_date, latitude, longitude) WHERE origin = 'extracted';
