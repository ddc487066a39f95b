-- Data format 4: every CHECK that lists more than two allowed values is written as comparisons joined by OR.
-- SQLite evaluates `x IN ('a', 'b', 'c')` in a CHECK by building a temporary index of the list each time a row is
-- written; as comparisons the same rule costs almost nothing (an import of 100,000 organisations spent 40% of its
-- INSERT time on `type IN (...)`). The rules are unchanged, so the rows need no rewriting: only the tables' SQL text
-- changes, the way SQLite documents for changing CHECK constraints (writable_schema, then a schema reload).
PRAGMA writable_schema = ON
-- ;
UPDATE sqlite_schema SET sql = replace(sql, 'level IN (''global'', ''regional'', ''national'', ''subnational'', ''local'')',
    '(level = ''global'' OR level = ''regional'' OR level = ''national'' OR level = ''subnational'' OR level = ''local'')')
WHERE type = 'table' AND name = 'networks'
-- ;
UPDATE sqlite_schema SET sql = replace(sql, 'status IN (''active'', ''dormant'', ''closed'')',
    '(status = ''active'' OR status = ''dormant'' OR status = ''closed'')')
WHERE type = 'table' AND name = 'networks'
-- ;
UPDATE sqlite_schema SET sql = replace(sql, 'type IN (''ngo'', ''ingo'', ''un_agency'', ''government'', ''academic'', ''donor'',
                                              ''network'', ''other'')',
    '(type = ''ngo'' OR type = ''ingo'' OR type = ''un_agency'' OR type = ''government'' OR type = ''academic'' OR type = ''donor'' OR type = ''network'' OR type = ''other'')')
WHERE type = 'table' AND name = 'organisations'
-- ;
UPDATE sqlite_schema SET sql = replace(sql, 'focus_area IN (''gbv_prevention'', ''srhr'', ''hiv_aids'', ''unpaid_care_fatherhood'',
                                                        ''peace_security'', ''child_protection'', ''lgbtiq_rights'',
                                                        ''womens_rights'', ''youth'', ''research'', ''other'')',
    '(focus_area = ''gbv_prevention'' OR focus_area = ''srhr'' OR focus_area = ''hiv_aids'' OR focus_area = ''unpaid_care_fatherhood'' OR focus_area = ''peace_security'' OR focus_area = ''child_protection'' OR focus_area = ''lgbtiq_rights'' OR focus_area = ''womens_rights'' OR focus_area = ''youth'' OR focus_area = ''research'' OR focus_area = ''other'')')
WHERE type = 'table' AND name = 'organisation_focus_areas'
-- ;
UPDATE sqlite_schema SET sql = replace(sql, 'role IN (''member'', ''steering_committee'', ''co_chair'', ''board'',
                                                                   ''secretariat_host'')',
    '(role = ''member'' OR role = ''steering_committee'' OR role = ''co_chair'' OR role = ''board'' OR role = ''secretariat_host'')')
WHERE type = 'table' AND name = 'memberships'
-- ;
UPDATE sqlite_schema SET sql = replace(sql, 'status IN (''applicant'', ''active'', ''suspended'', ''lapsed'', ''withdrawn'')',
    '(status = ''applicant'' OR status = ''active'' OR status = ''suspended'' OR status = ''lapsed'' OR status = ''withdrawn'')')
WHERE type = 'table' AND name = 'membership_status_changes'
-- ;
UPDATE sqlite_schema SET sql = replace(sql, 'date_precision IN (''day'', ''month'', ''year'')',
    '(date_precision = ''day'' OR date_precision = ''month'' OR date_precision = ''year'')')
WHERE type = 'table' AND name = 'secretariat_terms'
-- ;
UPDATE sqlite_schema SET sql = replace(sql, 'approach IN (''exploitative'', ''neutral'', ''sensitive'',
                                                                      ''transformative'')',
    '(approach = ''exploitative'' OR approach = ''neutral'' OR approach = ''sensitive'' OR approach = ''transformative'')')
WHERE type = 'table' AND name = 'programs'
-- ;
UPDATE sqlite_schema SET sql = replace(sql, 'level IN (''individual'', ''relationship'', ''community'', ''institutional'', ''policy'')',
    '(level = ''individual'' OR level = ''relationship'' OR level = ''community'' OR level = ''institutional'' OR level = ''policy'')')
WHERE type = 'table' AND name = 'program_levels'
-- ;
UPDATE sqlite_schema SET sql = replace(sql, 'status IN (''forming'', ''active'', ''paused'', ''closed'')',
    '(status = ''forming'' OR status = ''active'' OR status = ''paused'' OR status = ''closed'')')
WHERE type = 'table' AND name = 'support_groups'
-- ;
UPDATE sqlite_schema SET sql = replace(sql, 'kind IN (''symposium'', ''webinar'', ''training'', ''dialogue'', ''meeting'',
                                                        ''conference'', ''other'')',
    '(kind = ''symposium'' OR kind = ''webinar'' OR kind = ''training'' OR kind = ''dialogue'' OR kind = ''meeting'' OR kind = ''conference'' OR kind = ''other'')')
WHERE type = 'table' AND name = 'events'
-- ;
UPDATE sqlite_schema SET sql = replace(sql, 'category IN (''accountability_to_womens_rights'', ''harassment'',
                                                         ''discrimination'', ''misuse_of_funds'', ''misrepresentation'',
                                                         ''safeguarding'', ''other'')',
    '(category = ''accountability_to_womens_rights'' OR category = ''harassment'' OR category = ''discrimination'' OR category = ''misuse_of_funds'' OR category = ''misrepresentation'' OR category = ''safeguarding'' OR category = ''other'')')
WHERE type = 'table' AND name = 'concerns'
-- ;
UPDATE sqlite_schema SET sql = replace(sql, 'status IN (''received'', ''under_review'', ''resolved'',
                                                                          ''dismissed'')',
    '(status = ''received'' OR status = ''under_review'' OR status = ''resolved'' OR status = ''dismissed'')')
WHERE type = 'table' AND name = 'concerns'
-- ;
UPDATE sqlite_schema SET sql = replace(sql, 'action IN (''create'', ''update'', ''delete'')',
    '(action = ''create'' OR action = ''update'' OR action = ''delete'')')
WHERE type = 'table' AND name = 'audit_log'
-- ;
UPDATE sqlite_schema SET sql = replace(sql, 'kind IN (''organisations'', ''people'', ''meetings'', ''participants'')',
    '(kind = ''organisations'' OR kind = ''people'' OR kind = ''meetings'' OR kind = ''participants'')')
WHERE type = 'table' AND name = 'import_batches'
-- ;
UPDATE sqlite_schema SET sql = replace(sql, 'kind IN (''organisations'', ''people'', ''meetings'', ''participants'')',
    '(kind = ''organisations'' OR kind = ''people'' OR kind = ''meetings'' OR kind = ''participants'')')
WHERE type = 'table' AND name = 'import_presets'
-- ;
PRAGMA writable_schema = RESET
-- ;
-- Any change to the schema tells other connections to read it again.
CREATE TABLE migration_004 (done INTEGER)
-- ;
DROP TABLE migration_004
