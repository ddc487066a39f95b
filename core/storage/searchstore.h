#pragma once

#include "domain/listkind.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace AllianceDesk {

/**
 * The global search index in SQLite (schema version 3): the folded searchable text of every record of the kinds it
 * holds, in two FTS5 indexes — trigrams for substrings of 3 characters or more, words with 1- to 3-character prefix
 * indexes for short queries. What each kind's text is made of is the list's indexed search fields (ListQuery), so
 * that the index and the list's search agree by construction.
 *
 * Triggers only queue the records that changed (plain SQL, so that connections without AllianceDesk's functions keep
 * working); synchronize() folds the queued records in C++ and updates the index.
 */
class SearchStore
{
public:
    explicit SearchStore(QSqlDatabase db);

    /// True when the index holds records of @p kind (its list has indexed search fields).
    static bool holds(ListKind kind);

    /**
     * Indexes the records queued since the last call, in one write transaction (or a savepoint of the caller's).
     * Returns false, changing nothing, when the file cannot be written now (read-only, or another connection
     * holds the write lock): the index is then behind.
     */
    bool synchronize() const;
    /// Indexes the queued records if there are at most @p limit of them (any number when negative); returns how many
    /// still wait (0: the index is current).
    int catchUp(int limit) const;
    /// Indexes at most @p limit queued records in a write transaction of its own; returns how many (0: the index is
    /// current), or -1, changing nothing, when the file cannot be written now.
    int indexSome(int limit) const;
    /// True when no record waits to be indexed.
    bool isCurrent() const;
    /// How many records wait to be indexed.
    int pending() const;

    /// The ids of records of @p kind with, for each of @p prefixes (folded words of 1 to 3 characters), a word that
    /// starts with it; at most @p limit, in the index's order.
    QList<qint64> wordPrefixMatches(ListKind kind, const QStringList &prefixes, int limit) const;
    /// The ids of records of @p kind whose text holds every one of @p substrings (folded, 3 characters or more) and
    /// of @p shortWords (folded, fewer characters); at most @p limit, in the index's order.
    QList<qint64> substringMatches(ListKind kind, const QStringList &substrings, const QStringList &shortWords,
                                   int limit) const;
    /// The indexed text of records @p ids of @p kind: their folded fields, one per line.
    QHash<qint64, QString> indexedTexts(ListKind kind, const QList<qint64> &ids) const;
    /**
     * What the search results show of records @p ids of @p kind, one row per record found: its id, its name, then
     * what tells it apart (for a concern: the organisation it is about, its category code and its received date —
     * never its summary or notes).
     */
    QList<QVariantList> summaries(ListKind kind, const QList<qint64> &ids) const;

    /// The searchable text of one record as stored: each field folded (foldForSearch), one per line.
    static QString documentText(const QStringList &fields);

private:
    QSqlDatabase m_db;
};

} // namespace AllianceDesk
