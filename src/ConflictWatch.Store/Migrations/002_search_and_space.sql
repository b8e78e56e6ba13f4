-- Schema v2: full-text search (accents folded, so Ménaka = Menaka) and a spatial index for radius
-- queries. Both are kept in step by triggers, so every writer (and a future bulk loader) stays consistent.
CREATE VIRTUAL TABLE dispatch_fts USING fts5(
    title, text, content='dispatches', content_rowid='id',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE event_fts USING fts5(
    notes, location, content='events', content_rowid='id',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon);

INSERT INTO dispatch_fts(dispatch_fts) VALUES ('rebuild');
INSERT INTO event_fts(event_fts) VALUES ('rebuild');
INSERT INTO events_rtree(id, min_lat, max_lat, min_lon, max_lon)
    SELECT id, latitude, latitude, longitude, longitude FROM events;

CREATE TRIGGER dispatches_ai AFTER INSERT ON dispatches BEGIN
    INSERT INTO dispatch_fts(rowid, title, text) VALUES (new.id, new.title, new.normalised_text);
END;
CREATE TRIGGER dispatches_ad AFTER DELETE ON dispatches BEGIN
    INSERT INTO dispatch_fts(dispatch_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.normalised_text);
END;
CREATE TRIGGER dispatches_au AFTER UPDATE OF title, normalised_text ON dispatches BEGIN
    INSERT INTO dispatch_fts(dispatch_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.normalised_text);
    INSERT INTO dispatch_fts(rowid, title, text) VALUES (new.id, new.title, new.normalised_text);
END;

CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
    INSERT INTO event_fts(rowid, notes, location) VALUES (new.id, new.notes, new.location);
    INSERT INTO events_rtree(id, min_lat, max_lat, min_lon, max_lon) VALUES (new.id, new.latitude, new.latitude, new.longitude, new.longitude);
END;
CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
    INSERT INTO event_fts(event_fts, rowid, notes, location) VALUES ('delete', old.id, old.notes, old.location);
    DELETE FROM events_rtree WHERE id = old.id;
END;
CREATE TRIGGER events_au_text AFTER UPDATE OF notes, location ON events BEGIN
    INSERT INTO event_fts(event_fts, rowid, notes, location) VALUES ('delete', old.id, old.notes, old.location);
    INSERT INTO event_fts(rowid, notes, location) VALUES (new.id, new.notes, new.location);
END;
CREATE TRIGGER events_au_point AFTER UPDATE OF latitude, longitude ON events BEGIN
    UPDATE events_rtree SET min_lat = new.latitude, max_lat = new.latitude, min_lon = new.longitude, max_lon = new.longitude WHERE id = new.id;
END;
