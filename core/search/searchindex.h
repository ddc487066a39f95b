#pragma once

#include "listing/listdefinition.h"

#include <QSqlDatabase>
#include <QStringList>

namespace AllianceDesk {

/**
 * The global search index (schema version 3): the folded searchable text of every network, organisation, person,
 * program, support group, event and concern, in two FTS5 indexes — trigrams for substrings of 3 characters or
 * more, words with 1- and 2-character prefix indexes for short queries.
 *
 * Triggers only queue the records that changed (plain SQL, so that connections without AllianceDesk's functions
 * keep working); synchronize() folds the queued records in C++ and updates the index. Every search calls it first,
 * which costs one indexed lookup when nothing changed.
 */
class SearchIndex
{
public:
    /// The longest queue an interactive search indexes itself (a few milliseconds of work); a longer one is left to
    /// a background indexer.
    static constexpr int interactiveCatchUpLimit = 500;

    /// Each kind's items are one rowid range of this size.
    static constexpr qint64 kindStride = qint64(1) << 40;

    /// The kinds the index holds, in the order search results show them.
    static const QList<ListKind> &kinds();
    static bool holds(ListKind kind);

    /// The id of a record in search_items and in both FTS tables: a kind is the rowid range [base, base + 2^40).
    static qint64 itemBase(ListKind kind);
    static qint64 itemId(ListKind kind, qint64 recordId) { return itemBase(kind) + recordId; }

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

    /// The searchable text of one record as stored: each field folded (foldForSearch), one per line.
    static QString documentText(const QStringList &fields);

    /// The expressions of the list's search (ListDefinition::searchExpressions) whose text the index holds.
    static QStringList coveredListExpressions(ListKind kind);

    /// An FTS5 string literal ("..." with quotes doubled) for @p text.
    static QString quoted(const QString &text);
    /// The number of characters (code points) of @p text: trigrams need 3.
    static int characterCount(const QString &text);
};

} // namespace AllianceDesk
