-- Schema v5: the country-and-date index covers what day- and week-level counts read.
-- Weekly trends and the surge alert (daily counts per admin1 over five months) cannot use the monthly
-- summary, and through (country, event_date) alone each of ~100,000 matching events cost a table
-- lookup. With admin1, status, event_type, fatalities and kidnapped in the index, those counts read
-- only the index; admin1 right after the date lets a per-day-and-admin1 count group in index order
-- without sorting. It replaces ix_events_country_date (same leading columns), so writes keep one index.
CREATE INDEX ix_events_country_date_cover ON events(country, event_date, admin1, status, event_type, fatalities, kidnapped);
DROP INDEX ix_events_country_date;
