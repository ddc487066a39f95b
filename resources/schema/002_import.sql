-- AllianceDesk schema, version 2: import batches and saved column mappings.
-- Tables named import_* are bookkeeping: the change recorder never records them, so undoing an import batch
-- restores the alliance data and leaves the batch's own record in place (marked undone).

CREATE TABLE import_batches (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('organisations', 'people', 'meetings', 'participants')),
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    encoding    TEXT NOT NULL,
    delimiter   TEXT NOT NULL,
    mapping     TEXT NOT NULL,
    network_id  INTEGER REFERENCES networks (id) ON DELETE SET NULL,
    created     INTEGER NOT NULL DEFAULT 0 CHECK (created >= 0),
    updated     INTEGER NOT NULL DEFAULT 0 CHECK (updated >= 0),
    skipped     INTEGER NOT NULL DEFAULT 0 CHECK (skipped >= 0),
    rejected    INTEGER NOT NULL DEFAULT 0 CHECK (rejected >= 0),
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    changeset   BLOB,
    undone_at   TEXT,
    undone_by   TEXT
);
-- ;
CREATE TABLE import_presets (
    name       TEXT NOT NULL CHECK (trim(name) <> ''),
    kind       TEXT NOT NULL CHECK (kind IN ('organisations', 'people', 'meetings', 'participants')),
    mapping    TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (name, kind)
);
