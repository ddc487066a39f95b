#include "recordlocator.h"

#include "storage/liststore.h"

namespace AllianceDesk {

int RecordLocator::rowOf(const QSqlDatabase &db, ListKind kind, qint64 id)
{
    // The list as it first opens: unfiltered, in its natural order.
    return ListStore(db, kind).rowOf(ListRequest(), id);
}

} // namespace AllianceDesk
