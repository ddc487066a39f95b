-- Data format 8.
-- Names are ordered as people of the alliance's language expect (accents with their letter: "Œuvre" among the O's,
-- "Réseau" before "Rwanda"; case ignored; "Group 2" before "Group 10"), by ICU's collation for the locale recorded
-- here as sort_locale. The big lists (networks, organisations, people) keep each name's ICU sort key, so that an
-- index serves them in that order: a list of 100,000 names opens without sorting them.
-- The keys are made by the program's own SQL function ad_sort_key(), through TEMP triggers each of its connections
-- creates (core/storage/sqlfunctions.cpp); the file's own triggers are plain SQL, so that any SQLite tool can still
-- write it: a name changed elsewhere only loses its key, and the program makes the missing keys when it opens the file.
INSERT OR REPLACE INTO meta (key, value) VALUES ('sort_locale', ad_sort_locale())
-- ;
ALTER TABLE networks ADD COLUMN sort_key BLOB
-- ;
UPDATE networks SET sort_key = ad_sort_key(name)
-- ;
CREATE INDEX networks_sort ON networks (sort_key)
-- ;
CREATE TRIGGER networks_sort_key_stale AFTER UPDATE OF name ON networks WHEN NEW.sort_key IS OLD.sort_key
BEGIN
    UPDATE networks SET sort_key = NULL WHERE id = NEW.id;
END
-- ;
ALTER TABLE organisations ADD COLUMN sort_key BLOB
-- ;
UPDATE organisations SET sort_key = ad_sort_key(name)
-- ;
CREATE INDEX organisations_sort ON organisations (sort_key)
-- ;
CREATE TRIGGER organisations_sort_key_stale AFTER UPDATE OF name ON organisations WHEN NEW.sort_key IS OLD.sort_key
BEGIN
    UPDATE organisations SET sort_key = NULL WHERE id = NEW.id;
END
-- ;
ALTER TABLE people ADD COLUMN sort_key BLOB
-- ;
UPDATE people SET sort_key = ad_sort_key(name)
-- ;
CREATE INDEX people_sort ON people (sort_key)
-- ;
CREATE TRIGGER people_sort_key_stale AFTER UPDATE OF name ON people WHEN NEW.sort_key IS OLD.sort_key
BEGIN
    UPDATE people SET sort_key = NULL WHERE id = NEW.id;
END
