#pragma once

#include "headermapper.h"
#include "importkind.h"

#include <QChar>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace AllianceDesk {

/// What the user decided about a file before importing it (the CLI's options, the wizard's pages).
struct ImportOptions
{
    ImportKind kind = ImportKind::Organisations;
    QString encoding;                            ///< empty or "auto" to detect
    QChar delimiter;                             ///< null to detect
    std::optional<bool> hasHeader;               ///< detected when unset
    QList<QPair<QString, QString>> mapOverrides; ///< header -> field code ("ignore" leaves a column out)
    std::optional<ColumnMapping> mapping;        ///< a complete mapping (the wizard's), instead of detection
    QString networkName;                         ///< organisations become members of this network
    /// What a new membership in that network gets where the file has no column for it (its columns win): a
    /// membership status and role code (empty: "active", "member") and the date it began (invalid: today).
    QString membershipStatus;
    QString membershipRole;
    QDate joined;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    QHash<qint64, DuplicatePolicy> rowChoices; ///< by line: the user's choice for one duplicate row
    DateOrder dateOrder = DateOrder::Auto;
    /**
     * The user's choice for a country name that fits several countries ("Congo" -> "CG"): given to the rows whose
     * country it is when the rest of the row does not decide (names compared as CountryCatalog::lookupKey does). A
     * name without a choice leaves its rows rejected.
     */
    QHash<QString, QString> countryChoices;
    bool dryRun = false; ///< do everything, then roll back
    QString errorsPath;  ///< where rejected rows are written (CSV with a reason column), if set
};

} // namespace AllianceDesk
