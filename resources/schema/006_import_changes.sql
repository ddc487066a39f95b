-- Data format 6.
-- An import's undo record is kept in parts of a few thousand rows each instead of one changeset held in memory
-- until the import ends: an import's memory no longer grows with its size. The parts of a batch, inverted and
-- applied from the last to the first, undo it exactly; a batch recorded before has its one changeset as part 0.
CREATE TABLE import_batch_changes (
    id        INTEGER PRIMARY KEY,
    batch_id  INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    part      INTEGER NOT NULL CHECK (part >= 0),
    changeset BLOB NOT NULL,
    UNIQUE (batch_id, part)
)
-- ;
INSERT INTO import_batch_changes (batch_id, part, changeset)
SELECT id, 0, changeset FROM import_batches WHERE length(changeset) > 0
-- ;
ALTER TABLE import_batches DROP COLUMN changeset
