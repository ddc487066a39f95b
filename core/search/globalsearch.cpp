#include "globalsearch.h"

#include "searchindex.h"

#include "domain/vocabulary.h"
#include "storage/searchstore.h"
#include "util/searchtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

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
    m_waiting = SearchStore(m_db).catchUp(m_catchUpLimit);
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
    const SearchStore store(m_db);
    QList<qint64> ids;

    // First the records with words that start like the query's words. Only prefixes the index holds (up to three
    // characters) are looked up this way: FTS5 gathers every match of a longer prefix before LIMIT applies, which
    // takes a hundred milliseconds for a word as common as "example" in 100,000 records. Longer words go
    // straight to the trigram index below, which streams its matches.
    const bool wordsOnly = std::all_of(words.cbegin(), words.cend(), [](const QString &word) {
        return isWordText(word) && characterCount(word) <= 3;
    });
    if (wordsOnly)
        ids = store.wordPrefixMatches(kind, words, limit);
    if (ids.size() >= limit)
        return ids;

    // Then any substring, for the words long enough for trigrams; shorter words must appear in the text.
    QStringList substrings;
    QStringList shortWords;
    for (const QString &word : words) {
        if (characterCount(word) >= 3)
            substrings << word;
        else
            shortWords << word;
    }
    if (substrings.isEmpty())
        return ids;
    // A wider window than needed, so that records whose words start with the query can be put first; the trigram
    // index streams its matches, so the window costs little even for a very common query.
    const int window = std::max(limit * 8, 64);
    QList<qint64> candidates;
    for (const qint64 id : store.substringMatches(kind, substrings, shortWords, window + ids.size())) {
        if (!ids.contains(id))
            candidates << id;
    }
    const QList<qint64> ranked = wordStartsFirst(kind, candidates, words);
    for (const qint64 id : ranked) {
        if (ids.size() >= limit)
            break;
        ids << id;
    }
    return ids;
}

QList<qint64> GlobalSearch::wordStartsFirst(ListKind kind, const QList<qint64> &ids, const QStringList &words) const
{
    if (ids.size() < 2)
        return ids;
    static const QRegularExpression wordSeparators(u"[^\\p{L}\\p{N}\\p{M}]+"_s);
    const QHash<qint64, QString> texts = SearchStore(m_db).indexedTexts(kind, ids);
    QSet<qint64> starting;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        const QStringList textWords = it.value().split(wordSeparators, Qt::SkipEmptyParts);
        const bool allStart = std::all_of(words.cbegin(), words.cend(), [&textWords](const QString &word) {
            return std::any_of(textWords.cbegin(), textWords.cend(),
                               [&word](const QString &textWord) { return textWord.startsWith(word); });
        });
        if (allStart)
            starting.insert(it.key());
    }
    QList<qint64> ranked = ids;
    std::stable_partition(ranked.begin(), ranked.end(), [&starting](qint64 id) { return starting.contains(id); });
    return ranked;
}

QList<SearchHit> GlobalSearch::describe(ListKind kind, const QList<qint64> &ids) const
{
    QHash<qint64, SearchHit> found;
    for (const QVariantList &row : SearchStore(m_db).summaries(kind, ids)) {
        SearchHit hit;
        hit.kind = kind;
        hit.id = row.value(0).toLongLong();
        hit.title = row.value(1).toString();
        QStringList details;
        if (kind == ListKind::Concerns) {
            hit.title = QCoreApplication::translate("GlobalSearch", "Concern about %1").arg(hit.title);
            details << Vocabulary::label(Vocabulary::Kind::ConcernCategory, row.value(2).toString())
                    << row.value(3).toString();
        } else {
            for (qsizetype column = 2; column < row.size(); ++column) {
                const QString value = row.at(column).toString();
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
