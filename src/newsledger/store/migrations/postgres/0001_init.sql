-- newsledger store on PostgreSQL, schema 1: the SQLite schema with tsvector search instead of FTS5.
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
    latitude      DOUBLE PRECISION,
    longitude     DOUBLE PRECISION,
    country_code  TEXT,
    admin1        TEXT,
    feature       TEXT,
    confidence    DOUBLE PRECISION NOT NULL,
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
    value             DOUBLE PRECISION,
    unit              TEXT,
    counts            TEXT,
    approx            INTEGER NOT NULL,
    bound             TEXT,
    low               DOUBLE PRECISION,
    high              DOUBLE PRECISION,
    of                TEXT,
    normalized_value  DOUBLE PRECISION,
    normalized_unit   TEXT,
    currency          TEXT,
    asserted_by       TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX quantities_counts ON quantities(counts);

CREATE TABLE events (
    event_id          BIGSERIAL PRIMARY KEY,   -- stable id, used for cursors
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
    latitude          DOUBLE PRECISION,
    longitude         DOUBLE PRECISION,
    country_code      TEXT,
    admin1            TEXT,
    date              TEXT,
    time_precision    INTEGER NOT NULL,
    fatalities        INTEGER,
    fatalities_bound  TEXT,
    asserted_by       TEXT NOT NULL,
    certainty         TEXT NOT NULL,
    confidence        DOUBLE PRECISION NOT NULL,
    outlet            TEXT,
    UNIQUE (doc_id, idx)
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_type ON events(type, sub_type);
CREATE INDEX events_actor1 ON events(actor1);
CREATE INDEX events_actor2 ON events(actor2);
CREATE INDEX events_location ON events(location);
CREATE INDEX events_position ON events(latitude, longitude);

CREATE TABLE claims (
    doc_id        TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    caption       INTEGER,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    text          TEXT NOT NULL,
    asserted_by   TEXT NOT NULL,
    hedge         TEXT,
    check_worthy  DOUBLE PRECISION NOT NULL,
    quote_idx     INTEGER,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX claims_asserted_by ON claims(asserted_by);

CREATE TABLE errors (
    id          BIGSERIAL PRIMARY KEY,
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

ALTER TABLE articles ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED;
CREATE INDEX articles_search ON articles USING gin(search);

CREATE TABLE statements (
    doc_id       TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    text         TEXT NOT NULL,
    asserted_by  TEXT NOT NULL,
    search       tsvector GENERATED ALWAYS AS (to_tsvector('simple', text || ' ' || asserted_by)) STORED,
    PRIMARY KEY (doc_id, kind, idx)
);
CREATE INDEX statements_search ON statements USING gin(search);
