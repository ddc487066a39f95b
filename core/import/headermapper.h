#pragma once

#include "importfield.h"
#include "importkind.h"

#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

namespace AllianceDesk {

/// Which field each column of a file fills: one entry per column, nullopt for a column left out.
using ColumnMapping = QList<std::optional<ImportField>>;

/**
 * Maps column headers to fields from a table of the names partners use — in English, French, Spanish,
 * Portuguese, Russian and Urdu, and the column names of CiviCRM contact exports and KoboToolbox exports.
 * Case, diacritics, punctuation, spacing and a KoboToolbox group path ("group_x/org_name") do not count.
 */
class HeaderMapper
{
public:
    static std::optional<ImportField> fieldFor(ImportKind kind, const QString &header);
    /// Maps every header; a field already taken by an earlier column is left out.
    static ColumnMapping map(ImportKind kind, const QStringList &headers);
    /// Applies the user's choices (header -> field code, or "" / "ignore" to leave a column out).
    /// Returns the headers of @p overrides that are not in @p headers, and throws nothing.
    static QStringList applyOverrides(ImportKind kind, const QStringList &headers,
                                      const QList<QPair<QString, QString>> &overrides, ColumnMapping &mapping);
    /// "Header=field" lines for the batch record and presets.
    static QString describe(const QStringList &headers, const ColumnMapping &mapping);
};

} // namespace AllianceDesk
