#pragma once

#include "importkind.h"
#include "lineencodings.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace AllianceDesk {

/// Why one row was rejected.
struct RowProblem
{
    qint64 line = 0;
    int column = 0; ///< 1-based; 0 when the row as a whole is the problem
    QString reason;
};

/// A value kept as written because it could not be verified (a phone number libphonenumber does not know).
struct UnverifiedValue
{
    qint64 line = 0;
    int column = 0;
    QString field;  ///< the field's code ("phone", "email")
    QString value;  ///< as stored
    QString reason; ///< in words, quoting the value
};

/// A row that matches a record already in the database, or an earlier row of the file.
struct DuplicateMatch
{
    qint64 line = 0;
    QString name;          ///< as the row writes it
    qint64 existingId = 0; ///< the record it matches (0 when it matches an earlier row not yet written)
    QString existingName;
    qint64 earlierLine = 0; ///< the earlier row of the file it matches, if any
    QString why;            ///< "same name and country", "same email"
    DuplicatePolicy applied = DuplicatePolicy::Skip;
};

/// A country name of the file that fits several countries, in rows that do not say which (rejected unless chosen).
struct AmbiguousCountry
{
    QString value;         ///< as the first such row writes it
    QStringList countries; ///< the alpha-2 codes it may name
    int rows = 0;          ///< how many rows write it and do not say which
    qint64 firstLine = 0;
};

/// What an import did (or, for a dry run, would do).
struct ImportResult
{
    int rows = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0; ///< duplicates to update that already had every value of their row
    int skipped = 0;
    int rejected = 0;
    int joined = 0;     ///< organisations that became members of the network (created, updated or skipped)
    int unverified = 0; ///< values of the rows created or updated that were kept as written, unverified
    qint64 batchId = 0; ///< 0 for a dry run
    bool dryRun = false;
    bool datesAmbiguous = false; ///< every dd/mm vs mm/dd date of the file reads both ways
    DateOrder dateOrder = DateOrder::Auto;
    QString sha256;
    /// As read: "windows-1252", or "UTF-8 and windows-1252" when the lines were read each by what it is.
    QString encoding;
    LineEncodings lineEncodings; ///< which lines were not UTF-8 (for a file read line by line)
    QString delimiter;
    QString mappingJson;
    QStringList notes;                          ///< what the import decided on the user's behalf (Importer::notes())
    QList<RowProblem> problems;                 ///< the first ones (all are in the errors file)
    QList<DuplicateMatch> duplicates;           ///< the first ones
    QList<UnverifiedValue> unverifiedValues;    ///< the first ones
    QList<AmbiguousCountry> ambiguousCountries; ///< each country name left undecided, in the order first met

    static constexpr int listLimit = 2000;
};

} // namespace AllianceDesk
