-- Schema v4: speed at millions of events.
-- 1. A monthly summary (country, admin1, month, event type → events, fatalities, kidnapped) of the
--    events that are not rejected, kept in step by triggers, so counts and trends read a few thousand
--    rows instead of millions. admin1 is '' where the event has none (a unique key cannot hold NULL).
-- 2. A grid cell (half a degree) per event as a generated column with a covering B-tree index, in
--    place of the R*Tree: the index builds by sorting (the R*Tree cost most of an import) and a radius
--    query reads latitude, longitude and date from the index without touching the table.
CREATE TABLE event_month_counts (
    country    TEXT NOT NULL COLLATE NOCASE,
    admin1     TEXT NOT NULL COLLATE NOCASE,
    month      INTEGER NOT NULL,
    event_type TEXT NOT NULL COLLATE NOCASE,
    events     INTEGER NOT NULL,
    fatalities INTEGER NOT NULL,
    kidnapped  INTEGER NOT NULL,
    PRIMARY KEY (country, month, event_type, admin1)
) WITHOUT ROWID;

INSERT INTO event_month_counts (country, admin1, month, event_type, events, fatalities, kidnapped)
    SELECT country, COALESCE(admin1, '') COLLATE NOCASE, month, event_type, COUNT(*), SUM(fatalities), SUM(COALESCE(kidnapped, 0))
    FROM events WHERE status <> 'rejected'
    GROUP BY country, COALESCE(admin1, '') COLLATE NOCASE, month, event_type;

CREATE TRIGGER events_summary_ai AFTER INSERT ON events WHEN new.status <> 'rejected' BEGIN
    INSERT INTO event_month_counts (country, admin1, month, event_type, events, fatalities, kidnapped)
        VALUES (new.country, COALESCE(new.admin1, ''), new.month, new.event_type, 1, new.fatalities, COALESCE(new.kidnapped, 0))
        ON CONFLICT (country, month, event_type, admin1) DO UPDATE SET
            events = events + 1, fatalities = fatalities + excluded.fatalities, kidnapped = kidnapped + excluded.kidnapped;
END;
CREATE TRIGGER events_summary_ad AFTER DELETE ON events WHEN old.status <> 'rejected' BEGIN
    UPDATE event_month_counts SET events = events - 1, fatalities = fatalities - old.fatalities, kidnapped = kidnapped - COALESCE(old.kidnapped, 0)
        WHERE country = old.country AND admin1 = COALESCE(old.admin1, '') AND month = old.month AND event_type = old.event_type;
    DELETE FROM event_month_counts
        WHERE country = old.country AND admin1 = COALESCE(old.admin1, '') AND month = old.month AND event_type = old.event_type AND events <= 0;
END;
CREATE TRIGGER events_summary_au AFTER UPDATE OF country, admin1, month, event_type, status, fatalities, kidnapped ON events BEGIN
    UPDATE event_month_counts SET events = events - 1, fatalities = fatalities - old.fatalities, kidnapped = kidnapped - COALESCE(old.kidnapped, 0)
        WHERE old.status <> 'rejected' AND country = old.country AND admin1 = COALESCE(old.admin1, '') AND month = old.month AND event_type = old.event_type;
    DELETE FROM event_month_counts
        WHERE country = old.country AND admin1 = COALESCE(old.admin1, '') AND month = old.month AND event_type = old.event_type AND events <= 0;
    INSERT INTO event_month_counts (country, admin1, month, event_type, events, fatalities, kidnapped)
        SELECT new.country, COALESCE(new.admin1, ''), new.month, new.event_type, 1, new.fatalities, COALESCE(new.kidnapped, 0) WHERE new.status <> 'rejected'
        ON CONFLICT (country, month, event_type, admin1) DO UPDATE SET
            events = events + 1, fatalities = fatalities + excluded.fatalities, kidnapped = kidnapped + excluded.kidnapped;
END;

DROP TRIGGER events_au_point;
DROP TRIGGER events_ai;
DROP TRIGGER events_ad;
CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
    INSERT INTO event_fts(rowid, notes, location) VALUES (new.id, new.notes, new.location);
END;
CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
    INSERT INTO event_fts(event_fts, rowid, notes, location) VALUES ('delete', old.id, old.notes, old.location);
END;
DROP TABLE events_rtree;

-- Half-degree cells numbered row * 1000 + column (row from latitude + 90, column from longitude + 180,
-- both non-negative so CAST truncation is floor). EventQuerySql computes the same numbers.
ALTER TABLE events ADD COLUMN cell INTEGER GENERATED ALWAYS AS (CAST((latitude + 90.0) * 2 AS INTEGER) * 1000 + CAST((longitude + 180.0) * 2 AS INTEGER)) VIRTUAL;
CREATE INDEX ix_events_cell ON events(cell, latitude, longitude, event_date, status);
