#pragma once

#include "domain/listkind.h"

#include <QSqlDatabase>

namespace AllianceDesk {

/// Where a record sits in a list shown in its natural order without search or filters (to select a search result).
class RecordLocator
{
public:
    /// The row of record @p id in list @p kind, or -1 when the list does not hold it.
    static int rowOf(const QSqlDatabase &db, ListKind kind, qint64 id);
};

} // namespace AllianceDesk
