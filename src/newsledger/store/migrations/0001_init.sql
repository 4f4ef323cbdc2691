-- newsledger store, schema 1: the record, one table per item kind, FTS5 over text and claims.
-- Columns for positions are named latitude/longitude so Datasette and spreadsheets map them as is.

CREATE TABLE documents (
    doc_id        TEXT PRIMARY KEY,          -- sha256:<hex of the raw bytes>
    uri           TEXT NOT NULL,
    content_type  TEXT,
    bytes         INTEGER NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('ok', 'error')),
    ingested_at   TEXT NOT NULL,
    record_json   TEXT NOT NULL              -- the full newsledger/1 record
);

CREATE TABLE articles (
    doc_id     TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE,
    title      TEXT,
    outlet     TEXT,
    authors    TEXT NOT NULL DEFAULT '[]',   -- JSON list
    published  TEXT,
    language   TEXT,
    url        TEXT,
    extractor  TEXT NOT NULL,
    words      INTEGER NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);

CREATE TABLE entities (
    doc_id     TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    caption    INTEGER,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    label      TEXT NOT NULL,
    canonical  TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX entities_canonical ON entities(canonical);

CREATE TABLE quotes (
    doc_id               TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    idx                  INTEGER NOT NULL,
    caption              INTEGER,
    start                INTEGER NOT NULL,
    "end"                INTEGER NOT NULL,
    content_start        INTEGER NOT NULL,
    content_end          INTEGER NOT NULL,
    text                 TEXT NOT NULL,
    kind                 TEXT NOT NULL,
    speaker              TEXT,
    speaker_text         TEXT,
    speaker_description  TEXT,
    speaker_named        INTEGER NOT NULL,
    cue                  TEXT,
    stance               TEXT,
    hedges               TEXT NOT NULL DEFAULT '[]',  -- JSON list of hedge texts
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE INDEX quotes_stance ON quotes(stance);

CREATE TABLE places (
    doc_id        TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    caption       INTEGER,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    text          TEXT NOT NULL,
    name          TEXT,
    gazetteer_id  TEXT,
    latitude      REAL,
    longitude     REAL,
    country_code  TEXT,
    admin1        TEXT,
    feature       TEXT,
    confidence    REAL NOT NULL,
    role          TEXT NOT NULL,
    reason        TEXT,
    asserted_by   TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX places_name ON places(name);
CREATE INDEX places_gazetteer ON places(gazetteer_id);

CREATE TABLE times (
    doc_id       TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    caption      INTEGER,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    text         TEXT NOT NULL,
    type         TEXT NOT NULL,
    start_date   TEXT,
    end_date     TEXT,
    precision    TEXT NOT NULL,
    approx       INTEGER NOT NULL,
    duration     TEXT,
    modifier     TEXT,
    asserted_by  TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE quantities (
    doc_id            TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    idx               INTEGER NOT NULL,
    caption           INTEGER,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    text              TEXT NOT NULL,
    value             REAL,
    unit              TEXT,
    counts            TEXT,
    approx            INTEGER NOT NULL,
    bound             TEXT,
    low               REAL,
    high              REAL,
    of                TEXT,
    normalized_value  REAL,
    normalized_unit   TEXT,
    currency          TEXT,
    asserted_by       TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX quantities_counts ON quantities(counts);

CREATE TABLE events (
    event_id          INTEGER PRIMARY KEY,     -- stable rowid, used for cursors and the R-tree
    doc_id            TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    idx               INTEGER NOT NULL,
    caption           INTEGER,
    type              TEXT NOT NULL,
    sub_type          TEXT NOT NULL,
    trigger           TEXT NOT NULL,
    trigger_start     INTEGER NOT NULL,
    trigger_end       INTEGER NOT NULL,
    sentence_start    INTEGER NOT NULL,
    sentence_end      INTEGER NOT NULL,
    sentence          TEXT NOT NULL,
    actor1            TEXT,
    actor2            TEXT,
    place_idx         INTEGER,
    location          TEXT,
    latitude          REAL,
    longitude         REAL,
    country_code      TEXT,
    admin1            TEXT,
    date              TEXT,
    time_precision    INTEGER NOT NULL,
    fatalities        INTEGER,
    fatalities_bound  TEXT,
    asserted_by       TEXT NOT NULL,
    certainty         TEXT NOT NULL,
    confidence        REAL NOT NULL,
    outlet            TEXT,
    UNIQUE (doc_id, idx)
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_type ON events(type, sub_type);
CREATE INDEX events_actor1 ON events(actor1);
CREATE INDEX events_actor2 ON events(actor2);
CREATE INDEX events_location ON events(location);
CREATE VIRTUAL TABLE events_rtree USING rtree(event_id, min_lat, max_lat, min_lon, max_lon);

CREATE TABLE claims (
    doc_id        TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    caption       INTEGER,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    text          TEXT NOT NULL,
    asserted_by   TEXT NOT NULL,
    hedge         TEXT,
    check_worthy  REAL NOT NULL,
    quote_idx     INTEGER,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX claims_asserted_by ON claims(asserted_by);

CREATE TABLE errors (
    id          INTEGER PRIMARY KEY,
    doc_id      TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    uri         TEXT NOT NULL,
    code        TEXT NOT NULL,
    message     TEXT NOT NULL,
    stage       TEXT NOT NULL,
    severity    TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX errors_doc ON errors(doc_id);
CREATE INDEX errors_code ON errors(code);

CREATE VIRTUAL TABLE articles_fts USING fts5(doc_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE claims_fts USING fts5(doc_id UNINDEXED, idx UNINDEXED, kind UNINDEXED, text, asserted_by, tokenize = 'unicode61 remove_diacritics 2');
