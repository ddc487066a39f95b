#include "recordlocator.h"

#include "listing/recordlister.h"

namespace AllianceDesk {

int RecordLocator::rowOf(const QSqlDatabase &db, ListKind kind, qint64 id)
{
    // The list as it first opens: unfiltered, in its natural order.
    return RecordLister(db, kind).rowOf(id);
}

} // namespace AllianceDesk
