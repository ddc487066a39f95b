#pragma once

#include "domain/listkind.h"

#include <QList>
#include <QSqlDatabase>

namespace AllianceDesk {

/**
 * The global search index: the folded searchable text of every network, organisation, person, program, support
 * group, event and concern, kept by storage (SearchStore) from the lists' indexed search fields.
 *
 * Triggers only queue the records that changed; synchronize() folds the queued records and updates the index. Every
 * search calls it first, which costs one indexed lookup when nothing changed.
 */
class SearchIndex
{
public:
    /// The longest queue an interactive search indexes itself (a few milliseconds of work); a longer one is left to
    /// a background indexer.
    static constexpr int interactiveCatchUpLimit = 500;

    /// The kinds the index holds, in the order search results show them.
    static const QList<ListKind> &kinds();
    static bool holds(ListKind kind);

    /**
     * Indexes the records queued since the last call, in one write transaction (or a savepoint of the caller's).
     * Returns false, changing nothing, when the file cannot be written now (read-only, or another connection
     * holds the write lock): the index is then behind and callers fall back to scanning.
     */
    static bool synchronize(const QSqlDatabase &db);
    /**
     * Indexes the queued records if there are at most @p limit of them (any number when @p limit is negative), so
     * that an interactive search never does the catch-up of a large import itself. Returns how many records still
     * wait (0: the index is current).
     */
    static int catchUp(const QSqlDatabase &db, int limit);
    /**
     * Indexes at most @p limit queued records in one write transaction of its own, for a background indexer that
     * lets other connections write between its batches. Returns how many it indexed (0: the index is current), or
     * -1, changing nothing, when the file cannot be written now.
     */
    static int indexSome(const QSqlDatabase &db, int limit);
    /// True when no record waits to be indexed.
    static bool isCurrent(const QSqlDatabase &db);
    /// How many records wait to be indexed.
    static int pending(const QSqlDatabase &db);
};

} // namespace AllianceDesk
