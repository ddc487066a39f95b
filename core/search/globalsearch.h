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
    explicit GlobalSearch(QSqlDatabase db);

    /// The groups that found something, in SearchIndex::kinds() order, each with at most @p limitPerKind hits.
    QList<SearchGroup> search(const QString &text, int limitPerKind = 5) const;

private:
    /// @p ids with the records whose words start with every query word first, otherwise in the same order.
    QList<qint64> wordStartsFirst(qint64 base, const QList<qint64> &ids, const QStringList &words) const;
    QList<qint64> matches(ListKind kind, const QStringList &words, int limit) const;
    QList<SearchHit> describe(ListKind kind, const QList<qint64> &ids) const;

    QSqlDatabase m_db;
};

} // namespace AllianceDesk
