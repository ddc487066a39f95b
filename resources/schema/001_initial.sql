-- AllianceDesk schema, version 1: the alliance model.
-- Statements are separated by a line holding only "-- ;" so that trigger bodies may contain semicolons.
-- Dates are ISO 8601 text (YYYY-MM-DD); countries are ISO 3166-1 alpha-2; enumerations are lower-case codes.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- ;
CREATE TABLE networks (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
    native_name     TEXT,
    acronym         TEXT,
    level           TEXT NOT NULL CHECK (level IN ('global', 'regional', 'national', 'subnational', 'local')),
    parent_id       INTEGER REFERENCES networks (id) ON DELETE RESTRICT,
    country         TEXT CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country))),
    region          TEXT,
    founded         TEXT CHECK (founded IS NULL OR founded GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    website         TEXT,
    status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dormant', 'closed')),
    goal_long_term  TEXT,
    goal_short_term TEXT,
    notes           TEXT,
    is_sample       INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    row_version     INTEGER NOT NULL DEFAULT 1,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
-- ;
CREATE INDEX networks_parent ON networks (parent_id);
-- ;
CREATE TABLE network_strategies (
    network_id INTEGER NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    strategy   TEXT NOT NULL CHECK (trim(strategy) <> ''),
    position   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (network_id, strategy)
);
-- ;
CREATE TABLE organisations (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (trim(name) <> ''),
    native_name TEXT,
    acronym     TEXT,
    type        TEXT NOT NULL CHECK (type IN ('ngo', 'ingo', 'un_agency', 'government', 'academic', 'donor',
                                              'network', 'other')),
    country     TEXT CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country))),
    province    TEXT,
    city        TEXT,
    website     TEXT,
    email       TEXT,
    phone       TEXT,
    notes       TEXT,
    is_sample   INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    row_version INTEGER NOT NULL DEFAULT 1
);
-- ;
CREATE INDEX organisations_name ON organisations (name);
-- ;
CREATE INDEX organisations_country ON organisations (country);
-- ;
CREATE TABLE organisation_focus_areas (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    focus_area      TEXT NOT NULL CHECK (focus_area IN ('gbv_prevention', 'srhr', 'hiv_aids', 'unpaid_care_fatherhood',
                                                        'peace_security', 'child_protection', 'lgbtiq_rights',
                                                        'womens_rights', 'youth', 'research', 'other')),
    PRIMARY KEY (organisation_id, focus_area)
);
-- ;
CREATE TABLE memberships (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    network_id      INTEGER NOT NULL REFERENCES networks (id) ON DELETE RESTRICT,
    role            TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'steering_committee', 'co_chair', 'board',
                                                                   'secretariat_host')),
    coc_signed      TEXT CHECK (coc_signed IS NULL OR coc_signed GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    notes           TEXT,
    row_version     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (organisation_id, network_id)
);
-- ;
CREATE INDEX memberships_network ON memberships (network_id);
-- ;
-- The status history of a membership: appended, never overwritten. The current status is the latest entry.
CREATE TABLE membership_status_changes (
    id             INTEGER PRIMARY KEY,
    membership_id  INTEGER NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
    status         TEXT NOT NULL CHECK (status IN ('applicant', 'active', 'suspended', 'lapsed', 'withdrawn')),
    effective_date TEXT NOT NULL CHECK (effective_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    reason         TEXT
);
-- ;
CREATE INDEX membership_status_changes_membership ON membership_status_changes (membership_id, effective_date, id);
-- ;
CREATE TRIGGER membership_status_changes_append_only BEFORE UPDATE ON membership_status_changes
BEGIN
    SELECT RAISE(ABORT, 'membership history is append-only');
END;
-- ;
CREATE TRIGGER membership_status_changes_in_order BEFORE INSERT ON membership_status_changes
WHEN EXISTS (SELECT 1 FROM membership_status_changes c
             WHERE c.membership_id = NEW.membership_id AND c.effective_date > NEW.effective_date)
BEGIN
    SELECT RAISE(ABORT, 'membership status change predates the latest one');
END;
-- ;
CREATE VIEW membership_current AS
SELECT m.*,
       (SELECT c.status FROM membership_status_changes c WHERE c.membership_id = m.id
        ORDER BY c.effective_date DESC, c.id DESC LIMIT 1) AS status,
       (SELECT min(c.effective_date) FROM membership_status_changes c
        WHERE c.membership_id = m.id AND c.status = 'active') AS joined,
       (SELECT c.effective_date FROM membership_status_changes c WHERE c.membership_id = m.id
        ORDER BY c.effective_date DESC, c.id DESC LIMIT 1) AS status_since
FROM memberships m;
-- ;
CREATE TABLE secretariat_terms (
    id              INTEGER PRIMARY KEY,
    network_id      INTEGER NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    start_date      TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    end_date        TEXT CHECK (end_date IS NULL OR end_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    date_precision  TEXT NOT NULL DEFAULT 'day' CHECK (date_precision IN ('day', 'month', 'year')),
    notes           TEXT,
    row_version     INTEGER NOT NULL DEFAULT 1,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
-- ;
-- At most one current (open-ended) term per network.
CREATE UNIQUE INDEX secretariat_terms_one_current ON secretariat_terms (network_id) WHERE end_date IS NULL;
-- ;
CREATE TRIGGER secretariat_terms_no_overlap_insert BEFORE INSERT ON secretariat_terms
WHEN EXISTS (SELECT 1 FROM secretariat_terms t
             WHERE t.network_id = NEW.network_id
               AND t.start_date <= coalesce(NEW.end_date, '9999-12-31')
               AND NEW.start_date <= coalesce(t.end_date, '9999-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'secretariat terms overlap');
END;
-- ;
CREATE TRIGGER secretariat_terms_no_overlap_update BEFORE UPDATE OF network_id, start_date, end_date ON secretariat_terms
WHEN EXISTS (SELECT 1 FROM secretariat_terms t
             WHERE t.network_id = NEW.network_id AND t.id <> NEW.id
               AND t.start_date <= coalesce(NEW.end_date, '9999-12-31')
               AND NEW.start_date <= coalesce(t.end_date, '9999-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'secretariat terms overlap');
END;
-- ;
CREATE TABLE people (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (trim(name) <> ''),
    native_name TEXT,
    email       TEXT,
    phone       TEXT,
    languages   TEXT,
    country     TEXT CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country))),
    notes       TEXT,
    is_sample   INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    row_version INTEGER NOT NULL DEFAULT 1
);
-- ;
CREATE INDEX people_name ON people (name);
-- ;
CREATE TABLE affiliations (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    role            TEXT,
    title           TEXT,
    start_date      TEXT,
    end_date        TEXT,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
-- ;
CREATE INDEX affiliations_person ON affiliations (person_id);
-- ;
CREATE INDEX affiliations_organisation ON affiliations (organisation_id);
-- ;
CREATE TABLE programs (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL CHECK (trim(name) <> ''),
    native_name          TEXT,
    acronym              TEXT,
    network_id           INTEGER REFERENCES networks (id) ON DELETE RESTRICT,
    lead_organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    approach             TEXT CHECK (approach IS NULL OR approach IN ('exploitative', 'neutral', 'sensitive',
                                                                      'transformative')),
    start_date           TEXT,
    end_date             TEXT,
    description          TEXT,
    is_sample            INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    row_version          INTEGER NOT NULL DEFAULT 1,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
-- ;
CREATE TABLE program_partners (
    program_id      INTEGER NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    PRIMARY KEY (program_id, organisation_id)
);
-- ;
CREATE TABLE program_themes (
    program_id INTEGER NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    theme      TEXT NOT NULL CHECK (trim(theme) <> ''),
    PRIMARY KEY (program_id, theme)
);
-- ;
CREATE TABLE program_levels (
    program_id INTEGER NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    level      TEXT NOT NULL CHECK (level IN ('individual', 'relationship', 'community', 'institutional', 'policy')),
    PRIMARY KEY (program_id, level)
);
-- ;
CREATE TABLE program_places (
    id         INTEGER PRIMARY KEY,
    program_id INTEGER NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    country    TEXT NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
    province   TEXT,
    district   TEXT
);
-- ;
CREATE TABLE reach_reports (
    id           INTEGER PRIMARY KEY,
    program_id   INTEGER NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    villages     INTEGER CHECK (villages IS NULL OR villages >= 0),
    districts    INTEGER CHECK (districts IS NULL OR districts >= 0),
    institutions INTEGER CHECK (institutions IS NULL OR institutions >= 0),
    participants INTEGER CHECK (participants IS NULL OR participants >= 0),
    note         TEXT,
    CHECK (period_end >= period_start)
);
-- ;
CREATE INDEX reach_reports_program ON reach_reports (program_id, period_start);
-- ;
CREATE TABLE support_groups (
    id             INTEGER PRIMARY KEY,
    program_id     INTEGER NOT NULL REFERENCES programs (id) ON DELETE RESTRICT,
    name           TEXT NOT NULL CHECK (trim(name) <> ''),
    country        TEXT CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country))),
    province       TEXT,
    district       TEXT,
    facilitator_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    founded        TEXT,
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('forming', 'active', 'paused', 'closed')),
    is_sample      INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    row_version    INTEGER NOT NULL DEFAULT 1
);
-- ;
CREATE INDEX support_groups_program ON support_groups (program_id);
-- ;
CREATE TABLE meetings (
    id               INTEGER PRIMARY KEY,
    support_group_id INTEGER NOT NULL REFERENCES support_groups (id) ON DELETE CASCADE,
    meeting_date     TEXT NOT NULL,
    topic            TEXT,
    attendance       INTEGER NOT NULL CHECK (attendance >= 0),
    notes            TEXT
);
-- ;
CREATE INDEX meetings_group ON meetings (support_group_id, meeting_date);
-- ;
-- Participants are people at risk: recorded by pseudonymous code; identity only when a user deliberately adds it.
CREATE TABLE participants (
    id               INTEGER PRIMARY KEY,
    support_group_id INTEGER NOT NULL REFERENCES support_groups (id) ON DELETE CASCADE,
    code             TEXT NOT NULL CHECK (trim(code) <> ''),
    identity         TEXT,
    joined           TEXT,
    UNIQUE (support_group_id, code)
);
-- ;
CREATE TABLE events (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT NOT NULL CHECK (trim(name) <> ''),
    kind                  TEXT NOT NULL CHECK (kind IN ('symposium', 'webinar', 'training', 'dialogue', 'meeting',
                                                        'conference', 'other')),
    start_date            TEXT NOT NULL,
    end_date              TEXT,
    city                  TEXT,
    country               TEXT CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country))),
    online                INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
    organiser_id          INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    network_id            INTEGER REFERENCES networks (id) ON DELETE SET NULL,
    participant_count     INTEGER CHECK (participant_count IS NULL OR participant_count >= 0),
    country_count         INTEGER CHECK (country_count IS NULL OR country_count >= 0),
    description           TEXT,
    is_sample             INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    row_version           INTEGER NOT NULL DEFAULT 1,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
-- ;
CREATE TABLE event_participants (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    person_id       INTEGER REFERENCES people (id) ON DELETE SET NULL,
    name            TEXT,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    country         TEXT CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country))),
    CHECK (person_id IS NOT NULL OR trim(coalesce(name, '')) <> '')
);
-- ;
CREATE INDEX event_participants_event ON event_participants (event_id);
-- ;
CREATE TABLE concerns (
    id                 INTEGER PRIMARY KEY,
    organisation_id    INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    network_id         INTEGER REFERENCES networks (id) ON DELETE SET NULL,
    received_date      TEXT NOT NULL,
    category           TEXT NOT NULL CHECK (category IN ('accountability_to_womens_rights', 'harassment',
                                                         'discrimination', 'misuse_of_funds', 'misrepresentation',
                                                         'safeguarding', 'other')),
    status             TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'under_review', 'resolved',
                                                                          'dismissed')),
    summary            TEXT,
    actions            TEXT,
    confidential_notes TEXT,
    closed_date        TEXT,
    is_sample          INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    row_version        INTEGER NOT NULL DEFAULT 1,
    CHECK (closed_date IS NULL OR closed_date >= received_date),
    CHECK ((status IN ('resolved', 'dismissed')) = (closed_date IS NOT NULL))
);
-- ;
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    field     TEXT,
    old_value TEXT,
    new_value TEXT
);
-- ;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
