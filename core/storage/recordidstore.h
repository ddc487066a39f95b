#pragma once

#include "domain/catalogue.h"

#include <QList>
#include <QSqlDatabase>

namespace AllianceDesk {

/// Which records of a kind exist, for the generator and the sample alliance (which write through EntityWriter).
class RecordIdStore
{
public:
    /// The ids of every record of @p kind, in order.
    static QList<qint64> ids(const QSqlDatabase &db, RecordKind kind);
    /// Whether any record of @p kind exists.
    static bool any(const QSqlDatabase &db, RecordKind kind);
};

} // namespace AllianceDesk
