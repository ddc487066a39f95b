-- AllianceDesk schema, version 3: the global search index.
--
-- Why it is built this way: searching must fold case in every script and strip diacritics ("muller" finds
-- "Müller"), which SQLite cannot do by itself, so the folding is done in C++ (foldForSearch). Triggers that called
-- the C++ function ad_fold() would break every connection that lacks it: the sqlite3 shell, a backup tool, another
-- program could no longer insert an organisation. So the triggers below use plain SQL only: they note which
-- record changed in search_dirty, and core (SearchIndex::synchronize) folds those records' text into
-- search_items and its two FTS5 indexes before it searches. Edits, undo (changeset apply fires triggers), imports,
-- other processes and other tools are all caught, and a crash between a commit and the next search loses nothing.
--
-- search_items.id is the record id plus the kind (ListKind) times 2^40, so that one kind is a rowid range of the
-- FTS tables. search_items.text holds the folded searchable fields, one per line. Both FTS5 tables take their
-- content from search_items and need no custom function or tokenizer, so any SQLite shell can read them:
--   search_trigrams: substring queries of 3 characters or more;
--   search_words:    word-prefix queries, with prefix indexes for queries of 1 to 3 characters.
-- Tables named search_* are bookkeeping: the change recorder never records them.

CREATE TABLE search_dirty (
    kind      INTEGER NOT NULL,
    record_id INTEGER NOT NULL,
    PRIMARY KEY (kind, record_id)
) WITHOUT ROWID;
-- ;
CREATE TABLE search_items (
    id   INTEGER PRIMARY KEY,
    text TEXT NOT NULL
);
-- ;
CREATE VIRTUAL TABLE search_trigrams USING fts5(text, content = 'search_items', content_rowid = 'id',
                                                tokenize = 'trigram');
-- ;
CREATE VIRTUAL TABLE search_words USING fts5(text, content = 'search_items', content_rowid = 'id', detail = 'none',
                                             prefix = '1 2 3',
                                             tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'");
-- ;
-- Kinds are ListKind values: networks 0, organisations 1, people 2, programs 5, support groups 6, events 8,
-- concerns 9. A deleted record that was never indexed simply leaves the queue (so that creating a record and
-- undoing it leaves no trace here).
CREATE TRIGGER search_networks_insert AFTER INSERT ON networks
BEGIN
    INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES (0, NEW.id);
END;
-- ;
CREATE TRIGGER search_networks_update AFTER UPDATE OF id, name, native_name, acronym, region, notes ON networks
BEGIN
    INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES (0, OLD.id), (0, NEW.id);
END;
-- ;
CREATE TRIGGER search_networks_delete AFTER DELETE ON networks
BEGIN
    DELETE FROM search_dirty WHERE kind = 0 AND record_id = OLD.id
        AND NOT EXISTS (SELECT 1 FROM search_items WHERE id = OLD.id);
    INSERT OR IGNORE INTO search_dirty (kind, record_id)
        SELECT 0, OLD.id WHERE EXISTS (SELECT 1 FROM search_items WHERE id = OLD.id);
END;
-- ;
CREATE TRIGGER search_organisations_insert AFTER INSERT ON organisations
BEGIN
    INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES (1, NEW.id);
END;
-- ;
CREATE TRIGGER search_organisations_update AFTER UPDATE OF id, name, native_name, acronym, city, email, notes
    ON organisations
BEGIN
    INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES (1, OLD.id), (1, NEW.id);
    -- A concern is found by the name of the organisation it is about.
    INSERT OR IGNORE INTO search_dirty (kind, record_id) SELECT 9, id FROM concerns WHERE organisation_id = NEW.id;
END;
-- ;
CREATE TRIGGER search_organisations_delete AFTER DELETE ON organisations
BEGIN
    DELETE FROM search_dirty WHERE kind = 1 AND record_id = OLD.id
        AND NOT EXISTS (SELECT 1 FROM search_items WHERE id = 1099511627776 + OLD.id);
    INSERT OR IGNORE INTO search_dirty (kind, record_id)
        SELECT 1, OLD.id WHERE EXISTS (SELECT 1 FROM search_items WHERE id = 1099511627776 + OLD.id);
END;
-- ;
CREATE TRIGGER search_people_insert AFTER INSERT ON people
BEGIN
    INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES (2, NEW.id);
END;
-- ;
CREATE TRIGGER search_people_update AFTER UPDATE OF id, name, native_name, email, notes ON people
BEGIN
    INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES (2, OLD.id), (2, NEW.id);
END;
-- ;
CREATE TRIGGER search_people_delete AFTER DELETE ON people
BEGIN
    DELETE FROM search_dirty WHERE kind = 2 AND record_id = OLD.id
        AND NOT EXISTS (SELECT 1 FROM search_items WHERE id = 2199023255552 + OLD.id);
    INSERT OR IGNORE INTO search_dirty (kind, record_id)
        SELECT 2, OLD.id WHERE EXISTS (SELECT 1 FROM search_items WHERE id = 2199023255552 + OLD.id);
END;
-- ;
CREATE TRIGGER search_programs_insert AFTER INSERT ON programs
BEGIN
    INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES (5, NEW.id);
END;
-- ;
CREATE TRIGGER search_programs_update AFTER UPDATE OF id, name, native_name, acronym, description ON programs
BEGIN
    INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES (5, OLD.id), (5, NEW.id);
END;
-- ;
CREATE TRIGGER search_programs_delete AFTER DELETE ON programs
BEGIN
    DELETE FROM search_dirty WHERE kind = 5 AND record_id = OLD.id
        AND NOT EXISTS (SELECT 1 FROM search_items WHERE id = 5497558138880 + OLD.id);
    INSERT OR IGNORE INTO search_dirty (kind, record_id)
        SELECT 5, OLD.id WHERE EXISTS (SELECT 1 FROM search_items WHERE id = 5497558138880 + OLD.id);
END;
-- ;
CREATE TRIGGER search_support_groups_insert AFTER INSERT ON support_groups
BEGIN
    INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES (6, NEW.id);
END;
-- ;
CREATE TRIGGER search_support_groups_update AFTER UPDATE OF id, name, district, province ON support_groups
BEGIN
    INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES (6, OLD.id), (6, NEW.id);
END;
-- ;
CREATE TRIGGER search_support_groups_delete AFTER DELETE ON support_groups
BEGIN
    DELETE FROM search_dirty WHERE kind = 6 AND record_id = OLD.id
        AND NOT EXISTS (SELECT 1 FROM search_items WHERE id = 6597069766656 + OLD.id);
    INSERT OR IGNORE INTO search_dirty (kind, record_id)
        SELECT 6, OLD.id WHERE EXISTS (SELECT 1 FROM search_items WHERE id = 6597069766656 + OLD.id);
END;
-- ;
CREATE TRIGGER search_events_insert AFTER INSERT ON events
BEGIN
    INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES (8, NEW.id);
END;
-- ;
CREATE TRIGGER search_events_update AFTER UPDATE OF id, name, city, description ON events
BEGIN
    INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES (8, OLD.id), (8, NEW.id);
END;
-- ;
CREATE TRIGGER search_events_delete AFTER DELETE ON events
BEGIN
    DELETE FROM search_dirty WHERE kind = 8 AND record_id = OLD.id
        AND NOT EXISTS (SELECT 1 FROM search_items WHERE id = 8796093022208 + OLD.id);
    INSERT OR IGNORE INTO search_dirty (kind, record_id)
        SELECT 8, OLD.id WHERE EXISTS (SELECT 1 FROM search_items WHERE id = 8796093022208 + OLD.id);
END;
-- ;
CREATE TRIGGER search_concerns_insert AFTER INSERT ON concerns
BEGIN
    INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES (9, NEW.id);
END;
-- ;
CREATE TRIGGER search_concerns_update AFTER UPDATE OF id, organisation_id ON concerns
BEGIN
    INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES (9, OLD.id), (9, NEW.id);
END;
-- ;
CREATE TRIGGER search_concerns_delete AFTER DELETE ON concerns
BEGIN
    DELETE FROM search_dirty WHERE kind = 9 AND record_id = OLD.id
        AND NOT EXISTS (SELECT 1 FROM search_items WHERE id = 9895604649984 + OLD.id);
    INSERT OR IGNORE INTO search_dirty (kind, record_id)
        SELECT 9, OLD.id WHERE EXISTS (SELECT 1 FROM search_items WHERE id = 9895604649984 + OLD.id);
END;
-- ;
-- Backfill: every existing record is queued; the first search folds and indexes them.
INSERT INTO search_dirty (kind, record_id)
SELECT 0, id FROM networks UNION ALL SELECT 1, id FROM organisations UNION ALL SELECT 2, id FROM people
UNION ALL SELECT 5, id FROM programs UNION ALL SELECT 6, id FROM support_groups UNION ALL SELECT 8, id FROM events
UNION ALL SELECT 9, id FROM concerns;
