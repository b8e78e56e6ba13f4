-- Schema v3: the watchlist (sites with a radius), the alerts raised about them, and small analysis
-- bookkeeping (which events alert evaluation has already seen, whether defaults were seeded).
CREATE TABLE watch_sites (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,               -- capital | regional-capital | airport | base | town | road | point
    country     TEXT COLLATE NOCASE,
    latitude    REAL NOT NULL,               -- for a road: its first point
    longitude   REAL NOT NULL,
    line        TEXT,                        -- a road segment: "lat lon;lat lon;..." (null for points)
    radius_km   REAL NOT NULL,
    label       TEXT,
    source      TEXT NOT NULL,               -- user | supplement | ourairports
    external_id TEXT,                        -- e.g. an ICAO code; unique per source so re-imports update
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_watch_sites_source_ext ON watch_sites(source, external_id) WHERE external_id IS NOT NULL;

CREATE TABLE alerts (
    id          INTEGER PRIMARY KEY,
    alert_key   TEXT NOT NULL UNIQUE,        -- stable identity: the same finding is raised once
    rule        TEXT NOT NULL,
    severity    TEXT NOT NULL,
    site        TEXT,
    distance_km REAL,
    bearing     TEXT,
    actor       TEXT,
    admin1      TEXT,
    event_ids   TEXT NOT NULL DEFAULT '',    -- space-separated event ids
    message     TEXT NOT NULL,
    raised_at   TEXT NOT NULL,
    acked_at    TEXT,
    acked_by    TEXT
);
CREATE INDEX ix_alerts_raised ON alerts(raised_at);

CREATE TABLE analysis_state (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
