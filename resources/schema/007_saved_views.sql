-- Data format 7.
-- Saved searches: a named list as a user left it (which list, the search text, the filters such as network, status
-- and country, the sort), shown in the navigator and usable by the command line's list, export and report --view.
-- Names are unique whatever their case: folded_name is the name case-folded by the application (Unicode, not
-- SQLite's ASCII-only NOCASE), so that "Lapsed members" and "LAPSED MEMBERS" or "Ответ" and "ответ" are one name.
CREATE TABLE saved_views (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    folded_name     TEXT NOT NULL UNIQUE,
    list_kind       TEXT NOT NULL,
    search_text     TEXT NOT NULL DEFAULT '',
    filters         TEXT NOT NULL DEFAULT '{}',
    sort_column     TEXT,
    sort_descending INTEGER NOT NULL DEFAULT 0 CHECK (sort_descending IN (0, 1)),
    created         TEXT NOT NULL
)
