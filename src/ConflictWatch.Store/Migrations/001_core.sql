-- Schema v1: dispatches, events with their sources, claims and the audit history of human edits.
-- Dates are ISO text (YYYY-MM-DD, sortable); `month` is YYYYMM so monthly counts need no date parsing.
CREATE TABLE dispatches (
    id              INTEGER PRIMARY KEY,
    dispatch_id     TEXT NOT NULL UNIQUE,
    url             TEXT,
    source          TEXT,
    title           TEXT,
    published       TEXT,
    format          TEXT NOT NULL DEFAULT 'Text',
    country         TEXT COLLATE NOCASE,
    year            INTEGER,
    content_hash    TEXT NOT NULL,
    text            TEXT NOT NULL,
    normalised_text TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    ingested_at     TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX ix_dispatches_url ON dispatches(url) WHERE url IS NOT NULL;
CREATE INDEX ix_dispatches_hash ON dispatches(content_hash);
CREATE INDEX ix_dispatches_country_year ON dispatches(country, year);

CREATE TABLE events (
    id                 INTEGER PRIMARY KEY,
    event_id           TEXT NOT NULL UNIQUE,
    dispatch_id        TEXT,
    event_date         TEXT NOT NULL,
    month              INTEGER NOT NULL,
    time_precision     INTEGER NOT NULL,
    disorder_type      TEXT NOT NULL,
    event_type         TEXT NOT NULL COLLATE NOCASE,
    sub_event_type     TEXT NOT NULL,
    actor1             TEXT NOT NULL COLLATE NOCASE,
    assoc_actor_1      TEXT,
    inter1             INTEGER NOT NULL,
    actor2             TEXT COLLATE NOCASE,
    assoc_actor_2      TEXT,
    inter2             INTEGER,
    civilian_targeting TEXT,
    country            TEXT NOT NULL COLLATE NOCASE,
    iso                INTEGER NOT NULL,
    admin1             TEXT COLLATE NOCASE,
    admin2             TEXT,
    admin3             TEXT,
    location           TEXT NOT NULL,
    latitude           REAL NOT NULL,
    longitude          REAL NOT NULL,
    geo_precision      INTEGER NOT NULL,
    fatalities         INTEGER NOT NULL,
    fatalities_high    INTEGER,
    kidnapped          INTEGER,
    source             TEXT NOT NULL,
    source_url         TEXT,
    notes              TEXT NOT NULL,
    evidence_text      TEXT,
    evidence_start     INTEGER,
    evidence_end       INTEGER,
    confidence         REAL NOT NULL,
    origin             TEXT NOT NULL,               -- extracted | acled | ucdp
    status             TEXT NOT NULL DEFAULT 'machine', -- machine | confirmed | edited | rejected
    human_fields       TEXT NOT NULL DEFAULT '',    -- comma-separated fields a person set; never overwritten by machines
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX ix_events_date ON events(event_date);
CREATE INDEX ix_events_country_date ON events(country, event_date);
CREATE INDEX ix_events_country_month_type ON events(country, month, event_type, status, fatalities);
CREATE INDEX ix_events_actor1 ON events(actor1, event_date);
CREATE INDEX ix_events_actor2 ON events(actor2, event_date) WHERE actor2 IS NOT NULL;

-- Every report of an event: one row per dispatch that described it (dedup merges them).
CREATE TABLE event_sources (
    event_id        INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    dispatch_id     TEXT NOT NULL,
    extracted_id    TEXT NOT NULL,
    source          TEXT NOT NULL,
    source_url      TEXT,
    fatalities      INTEGER NOT NULL,
    fatalities_high INTEGER,
    kidnapped       INTEGER,
    notes           TEXT NOT NULL,
    evidence_text   TEXT,
    evidence_start  INTEGER,
    evidence_end    INTEGER,
    confidence      REAL NOT NULL,
    extracted       TEXT NOT NULL,               -- the event as the machine read it (JSON), for re-matching after human edits
    added_at        TEXT NOT NULL,
    PRIMARY KEY (event_id, dispatch_id, extracted_id)
);
CREATE INDEX ix_event_sources_dispatch ON event_sources(dispatch_id);

CREATE TABLE claims (
    dispatch_id    TEXT NOT NULL,
    claim_id       TEXT NOT NULL,
    quantity       REAL NOT NULL,
    qualifier      TEXT,
    unit           TEXT NOT NULL,
    period_start   TEXT NOT NULL,
    period_end     TEXT NOT NULL,
    area           TEXT NOT NULL,
    actor          TEXT,
    attributed_to  TEXT,
    evidence_text  TEXT,
    evidence_start INTEGER,
    evidence_end   INTEGER,
    PRIMARY KEY (dispatch_id, claim_id)
);
CREATE INDEX ix_claims_unit_period ON claims(unit, period_start);

-- Audit history of review actions: who, when, which field, old and new value.
CREATE TABLE event_edits (
    id        INTEGER PRIMARY KEY,
    event_id  TEXT NOT NULL,
    user_name TEXT NOT NULL,
    at        TEXT NOT NULL,
    action    TEXT NOT NULL,
    field     TEXT,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX ix_event_edits_event ON event_edits(event_id, id);
