#pragma once

#include "datachange.h"
#include "domain/listkind.h"

#include <QStringList>

namespace AllianceDesk {

/// The tables a list reads: its records' own and those its columns and search look up.
QStringList tablesReadBy(ListKind kind);

/// Whether @p change can alter what the list of @p kind shows (its rows, their order or their values).
bool listShowsChange(ListKind kind, const DataChange &change);

} // namespace AllianceDesk
