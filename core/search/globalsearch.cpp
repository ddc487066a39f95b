#include "globalsearch.h"

#include "searchindex.h"

#include "domain/vocabulary.h"
#include "storage/sqlfunctions.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

/// How one kind of record is shown in the results: its name, then what tells it apart.
struct Presentation
{
    ListKind kind;
    QString sql; ///< id, title, detail fields...; "%1" is the list of ids
};

const Presentation &presentation(ListKind kind)
{
    static const QList<Presentation> presentations = {
        {ListKind::Organisations,
         u"SELECT id, name, native_name, acronym, city, email FROM organisations WHERE id IN (%1)"_s},
        {ListKind::People, u"SELECT id, name, native_name, email FROM people WHERE id IN (%1)"_s},
        {ListKind::Networks, u"SELECT id, name, native_name, acronym, region FROM networks WHERE id IN (%1)"_s},
        {ListKind::Programs, u"SELECT p.id, p.name, p.native_name, p.acronym, o.name FROM programs p "
                             "JOIN organisations o ON o.id = p.lead_organisation_id WHERE p.id IN (%1)"_s},
        {ListKind::SupportGroups, u"SELECT id, name, district, province FROM support_groups WHERE id IN (%1)"_s},
        {ListKind::Events, u"SELECT id, name, city, start_date FROM events WHERE id IN (%1)"_s},
        // A concern shows what it is about, never its summary or notes.
        {ListKind::Concerns, u"SELECT c.id, o.name, c.category, c.received_date FROM concerns c "
                             "JOIN organisations o ON o.id = c.organisation_id WHERE c.id IN (%1)"_s},
    };
    for (const Presentation &entry : presentations) {
        if (entry.kind == kind)
            return entry;
    }
    return presentations.constFirst();
}

/// The folded words of a query.
QStringList queryWords(const QString &text)
{
    return foldForSearch(text).split(QChar(u' '), Qt::SkipEmptyParts).replaceInStrings(u"\n"_s, QString());
}

bool isWordText(const QString &word)
{
    for (const QChar c : word) {
        if (!c.isLetterOrNumber() && !c.isMark() && !c.isSurrogate())
            return false;
    }
    return true;
}

} // namespace

GlobalSearch::GlobalSearch(QSqlDatabase db, int catchUpLimit)
    : m_db(std::move(db))
    , m_catchUpLimit(catchUpLimit)
{}

QList<SearchGroup> GlobalSearch::search(const QString &text, int limitPerKind) const
{
    QList<SearchGroup> groups;
    QStringList words;
    for (const QString &word : text.simplified().split(u' ', Qt::SkipEmptyParts))
        words << queryWords(word);
    words.removeAll(QString());
    if (words.isEmpty() || limitPerKind <= 0)
        return groups;
    m_waiting = SearchIndex::catchUp(m_db, m_catchUpLimit);
    for (const ListKind kind : SearchIndex::kinds()) {
        const QList<qint64> ids = matches(kind, words, limitPerKind + 1);
        if (ids.isEmpty())
            continue;
        SearchGroup group;
        group.kind = kind;
        group.more = ids.size() > limitPerKind;
        group.hits = describe(kind, ids.mid(0, limitPerKind));
        groups << group;
    }
    return groups;
}

QList<qint64> GlobalSearch::matches(ListKind kind, const QStringList &words, int limit) const
{
    const qint64 base = SearchIndex::itemBase(kind);
    QList<qint64> ids;

    // First the records with words that start like the query's words. Only prefixes the index holds (up to three
    // characters) are looked up this way: FTS5 gathers every match of a longer prefix before LIMIT applies, which
    // takes a hundred milliseconds for a word as common as "example" in 100,000 records. Longer words go
    // straight to the trigram index below, which streams its matches.
    bool wordsOnly = true;
    QStringList prefixes;
    for (const QString &word : words) {
        wordsOnly = wordsOnly && isWordText(word) && SearchIndex::characterCount(word) <= 3;
        prefixes << SearchIndex::quoted(word) + u'*';
    }
    if (wordsOnly) {
        SqlQuery query(m_db, u"SELECT rowid FROM search_words WHERE search_words MATCH :match "
                             "AND rowid BETWEEN :low AND :high LIMIT :limit"_s);
        query.bind(u":match"_s, prefixes.join(u" AND "_s))
            .bind(u":low"_s, base)
            .bind(u":high"_s, base + SearchIndex::kindStride - 1)
            .bind(u":limit"_s, limit)
            .exec();
        while (query.next())
            ids << query.value(0).toLongLong() - base;
    }
    if (ids.size() >= limit)
        return ids;

    // Then any substring, for the words long enough for trigrams; shorter words must appear in the text.
    QStringList phrases;
    QStringList shortWords;
    for (const QString &word : words) {
        if (SearchIndex::characterCount(word) >= 3)
            phrases << SearchIndex::quoted(word);
        else
            shortWords << word;
    }
    if (phrases.isEmpty())
        return ids;
    QString sql = u"SELECT f.rowid FROM search_trigrams f WHERE search_trigrams MATCH :match "
                  "AND f.rowid BETWEEN :low AND :high"_s;
    for (int i = 0; i < shortWords.size(); ++i)
        sql += u" AND instr((SELECT i.text FROM search_items i WHERE i.id = f.rowid), :short%1) > 0"_s.arg(i);
    sql += u" LIMIT :limit"_s;
    // A wider window than needed, so that records whose words start with the query can be put first; the trigram
    // index streams its matches, so the window costs little even for a very common query.
    const int window = std::max(limit * 8, 64);
    SqlQuery query(m_db, sql);
    query.bind(u":match"_s, phrases.join(u" AND "_s))
        .bind(u":low"_s, base)
        .bind(u":high"_s, base + SearchIndex::kindStride - 1)
        .bind(u":limit"_s, window + ids.size());
    for (int i = 0; i < shortWords.size(); ++i)
        query.bind(u":short%1"_s.arg(i), shortWords.at(i));
    query.exec();
    QList<qint64> candidates;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong() - base;
        if (!ids.contains(id))
            candidates << id;
    }
    const QList<qint64> ranked = wordStartsFirst(base, candidates, words);
    for (const qint64 id : ranked) {
        if (ids.size() >= limit)
            break;
        ids << id;
    }
    return ids;
}

QList<qint64> GlobalSearch::wordStartsFirst(qint64 base, const QList<qint64> &ids, const QStringList &words) const
{
    if (ids.size() < 2)
        return ids;
    QStringList idTexts;
    for (const qint64 id : ids)
        idTexts << QString::number(id + base);
    // The ids are integers read from the index: safe to write into the statement.
    SqlQuery query(m_db, u"SELECT id, text FROM search_items WHERE id IN (%1)"_s.arg(idTexts.join(u", "_s)));
    query.exec();
    QSet<qint64> starting;
    while (query.next()) {
        const QStringList textWords =
            query.value(1).toString().split(QRegularExpression(u"[^\\p{L}\\p{N}\\p{M}]+"_s), Qt::SkipEmptyParts);
        const bool allStart = std::all_of(words.cbegin(), words.cend(), [&textWords](const QString &word) {
            return std::any_of(textWords.cbegin(), textWords.cend(),
                               [&word](const QString &textWord) { return textWord.startsWith(word); });
        });
        if (allStart)
            starting.insert(query.value(0).toLongLong() - base);
    }
    QList<qint64> ranked = ids;
    std::stable_partition(ranked.begin(), ranked.end(), [&starting](qint64 id) { return starting.contains(id); });
    return ranked;
}

QList<SearchHit> GlobalSearch::describe(ListKind kind, const QList<qint64> &ids) const
{
    QStringList idTexts;
    for (const qint64 id : ids)
        idTexts << QString::number(id);
    // The ids are integers read from the index: safe to write into the statement.
    SqlQuery query(m_db, presentation(kind).sql.arg(idTexts.join(u", "_s)));
    query.exec();
    QHash<qint64, SearchHit> found;
    while (query.next()) {
        SearchHit hit;
        hit.kind = kind;
        hit.id = query.value(0).toLongLong();
        hit.title = query.value(1).toString();
        QStringList details;
        if (kind == ListKind::Concerns) {
            hit.title = QCoreApplication::translate("GlobalSearch", "Concern about %1").arg(hit.title);
            details << Vocabulary::label(Vocabulary::Kind::ConcernCategory, query.value(2).toString())
                    << query.value(3).toString();
        } else {
            for (int column = 2; column < query.raw().record().count(); ++column) {
                const QString value = query.value(column).toString();
                if (!value.isEmpty() && value != hit.title)
                    details << value;
            }
        }
        hit.detail = details.join(u" · "_s);
        found.insert(hit.id, hit);
    }
    QList<SearchHit> hits;
    for (const qint64 id : ids) {
        if (found.contains(id))
            hits << found.value(id);
    }
    return hits;
}

} // namespace AllianceDesk
