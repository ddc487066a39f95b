#pragma once

#include "searchhit.h"

#include <QSqlDatabase>

namespace AllianceDesk {

/**
 * Searches every kind of record at once for the global search popup: case-insensitive in every script,
 * diacritic-insensitive, substring matching; each word of the query must match. Records whose words start with
 * the query come first, then other substring matches. Cheap enough to run on every keystroke of 200,000 records.
 *
 * Queries of 3 characters or more go through the trigram index; shorter ones match the start of words through
 * the word index's 1- and 2-character prefix indexes. When the index cannot be brought up to date (a read-only
 * file, another writer), it searches what is indexed.
 */
class GlobalSearch
{
public:
    /**
     * With @p catchUpLimit negative (the command line) every search first indexes all queued records; otherwise
     * only a queue of at most that many, and a longer one (a large import, left to the GUI's background indexer)
     * is searched as indexed so far: waitingForIndex() then says how many records the results may miss.
     */
    explicit GlobalSearch(QSqlDatabase db, int catchUpLimit = -1);

    /// The groups that found something, in SearchIndex::kinds() order, each with at most @p limitPerKind hits.
    QList<SearchGroup> search(const QString &text, int limitPerKind = 5) const;
    /// How many records were still waiting to be indexed when the last search ran (0: the results are complete).
    int waitingForIndex() const { return m_waiting; }

private:
    /// @p ids with the records whose words start with every query word first, otherwise in the same order.
    QList<qint64> wordStartsFirst(ListKind kind, const QList<qint64> &ids, const QStringList &words) const;
    QList<qint64> matches(ListKind kind, const QStringList &words, int limit) const;
    QList<SearchHit> describe(ListKind kind, const QList<qint64> &ids) const;

    QSqlDatabase m_db;
    int m_catchUpLimit = -1;
    mutable int m_waiting = 0;
};

} // namespace AllianceDesk
