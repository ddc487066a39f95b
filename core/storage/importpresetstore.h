#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace AllianceDesk {

/// The saved column mappings of the import (import_presets): a mapping is kept as the import describes it (JSON).
class ImportPresetStore
{
public:
    /// Saves (or replaces) the mapping called @p name for imports of @p kind, in a transaction of its own.
    static void save(const QSqlDatabase &db, const QString &name, const QString &kind, const QString &mapping);
    static std::optional<QString> load(const QSqlDatabase &db, const QString &name, const QString &kind);
    /// The names saved for @p kind, in the locale's order.
    static QStringList names(const QSqlDatabase &db, const QString &kind);
};

} // namespace AllianceDesk
