#pragma once

#include "importkind.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>

namespace AllianceDesk {

/// Column mappings saved under a name (one per partner, say), to use again with the next file.
class ImportPresets
{
public:
    using Mapping = QList<QPair<QString, QString>>; ///< header -> field code ("ignore" to leave out)

    static void save(const QSqlDatabase &db, const QString &name, ImportKind kind, const Mapping &mapping);
    static Mapping load(const QSqlDatabase &db, const QString &name, ImportKind kind);
    static QStringList names(const QSqlDatabase &db, ImportKind kind);
};

} // namespace AllianceDesk
