#pragma once

#include "csvreader.h"
#include "headermapper.h"
#include "importresult.h"

#include <QDate>
#include <QHash>

#include <array>

namespace AllianceDesk {

/// One row with its values normalised, indexed by field.
struct NormalisedRow
{
    qint64 line = 0;
    std::array<QString, importFieldCount> values;
    QDate date;
    QDate joined;
    qint64 attendance = 0;
    QStringList focusAreas;
    QStringList rawFields;             ///< the row as read, for the errors file
    QList<UnverifiedValue> unverified; ///< values kept as written because they could not be verified
    QStringList countryCandidates;     ///< the countries its country name may be, when it stays undecided
    bool countryChosen = false;        ///< its country name fits several and the user's choice decided it

    const QString &value(ImportField field) const { return values[size_t(field)]; }
    bool has(ImportField field) const { return !values[size_t(field)].isEmpty(); }
};

/**
 * Checks and normalises each row of a file with its column mapping (see ValueNormaliser, ContactValues): a row
 * with any problem is rejected with the line and column of each one; a value that means something but cannot be
 * verified (a phone number libphonenumber does not know) is kept as written and listed in NormalisedRow::unverified.
 */
class RowNormaliser
{
public:
    RowNormaliser(ImportKind kind, ColumnMapping mapping, int headerWidth, DateOrder order);

    /// The user's choices for country names that fit several countries (ImportOptions::countryChoices).
    void setCountryChoices(const QHash<QString, QString> &choices);

    /// Fills @p row; returns the row's problems (none when it can be imported).
    QList<RowProblem> normalise(const CsvRecord &record, NormalisedRow &row) const;

    /// The 1-based column of @p field, 0 when no column fills it.
    int columnOf(ImportField field) const { return m_columns[size_t(field)] + 1; }
    bool isMapped(ImportField field) const { return m_columns[size_t(field)] >= 0; }

    /// Looks a code of a closed list up by its code, its label or a common synonym.
    static QString vocabularyCode(int vocabularyKind, const QString &value);

private:
    ImportKind m_kind;
    ColumnMapping m_mapping;
    int m_headerWidth;
    DateOrder m_order;
    std::array<int, importFieldCount> m_columns;
    QHash<QString, QString> m_countryChoices; ///< lookupKey(name) -> alpha-2
};

} // namespace AllianceDesk
