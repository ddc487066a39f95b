#pragma once

#include "domain/listkind.h"

#include <QString>

namespace AllianceDesk::SearchFts {

// How the SQLite search index lays out its items, shared by SearchStore and ListStore (private to core/storage).

/// Each kind's items are one rowid range of this size: search_items.id = kind * 2^40 + record id.
constexpr qint64 kindStride = qint64(1) << 40;

/// The first id of @p kind's range in search_items and in both FTS tables.
inline qint64 itemBase(ListKind kind)
{
    return static_cast<qint64>(kind) * kindStride;
}

/// An FTS5 string literal ("..." with quotes doubled) for @p text.
inline QString phrase(const QString &text)
{
    QString result = text;
    result.replace(u'"', QStringLiteral("\"\""));
    return u'"' + result + u'"';
}

} // namespace AllianceDesk::SearchFts
