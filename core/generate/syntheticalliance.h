#pragma once

#include <QSqlDatabase>

namespace AllianceDesk {

/**
 * Fills a database with realistic synthetic organisations and people for tests and benchmarks: names in Latin
 * script with diacritics, Urdu, Cyrillic, Devanagari and Georgian (with a Latin transliteration or as the name
 * itself), their countries, cities, emails and E.164 phone numbers, affiliations of people to organisations, and
 * memberships in the networks the database already holds. Every record is marked as sample data.
 *
 * The same seed always gives the same records. Everything is written in one transaction with prepared statements
 * on the SQLite handle, and the search index is brought up to date before it commits.
 */
class SyntheticAlliance
{
public:
    struct Options
    {
        int organisations = 0;
        int people = 0;
        quint64 seed = 1;
    };
    struct Result
    {
        int organisations = 0;
        int people = 0;
        int affiliations = 0;
        int memberships = 0;
    };

    /// Adds the records; throws a StorageError (nothing written) when the database cannot be written.
    static Result generate(const QSqlDatabase &db, const Options &options);
};

} // namespace AllianceDesk
