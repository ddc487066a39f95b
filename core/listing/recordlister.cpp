#include "recordlister.h"

#include "domain/contactvalues.h"
#include "search/searchindex.h"
#include "storage/sqlfunctions.h"
#include "storage/sqlquery.h"
#include "util/error.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

/// Searches of 1 or 2 letters or digits: too short for trigrams, they match the start of words instead.
bool isShortWord(const QString &search)
{
    if (SearchIndex::characterCount(search) >= 3)
        return false;
    for (const QChar c : search) {
        if (!c.isLetterOrNumber() && !c.isMark() && !c.isSurrogate())
            return false;
    }
    return true;
}

/// Searches on a kind the global search index holds use it: trigrams for 3 characters or more (a substring, like
/// the scan below), its word-prefix index for 1 or 2 letters (the start of a word: "му" finds "Мухаммад").
bool wantsIndex(ListKind kind, const QString &search)
{
    return !search.isEmpty() && SearchIndex::holds(kind) &&
           (SearchIndex::characterCount(search) >= 3 || isShortWord(search));
}

} // namespace

RecordLister::RecordLister(QSqlDatabase db, ListKind kind)
    : m_db(std::move(db))
    , m_definition(listDefinition(kind))
{}

void RecordLister::setSearch(const QString &text)
{
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    const qsizetype before = words.size();
    words.removeIf([](const QString &word) {
        return word.compare(ContactValues::unverifiedFilterWord(), Qt::CaseInsensitive) == 0;
    });
    m_unverifiedOnly = words.size() < before;
    m_search = foldForSearch(words.join(u' ').trimmed());
}

void RecordLister::setFilter(const QString &key, const QVariant &value)
{
    const int index = m_definition.columnIndex(key);
    if (index < 0)
        throw RuleViolation(u"The list of %1 cannot be filtered by “%2”."_s.arg(m_definition.name, key));
    for (auto &filter : m_filters) {
        if (filter.first == index) {
            filter.second = value;
            return;
        }
    }
    m_filters.append({index, value});
}

void RecordLister::clearFilters()
{
    m_filters.clear();
}

void RecordLister::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = (column >= 0 && column < m_definition.columns.size()) ? column : -1;
    m_sortOrder = order;
}

QStringList RecordLister::searchWords() const
{
    // Every word of the query must match (in any of the searched fields), as in the global search.
    return m_search.split(u' ', Qt::SkipEmptyParts);
}

bool RecordLister::prepareIndex(const QStringList &words) const
{
    m_waiting = 0;
    if (std::none_of(words.cbegin(), words.cend(),
                     [this](const QString &word) { return wantsIndex(m_definition.kind, word); }))
        return false;
    // The index is used when it is up to date, so that results are the same as a scan's; with a catch-up limit (the
    // GUI), a long queue is being indexed in the background and the index answers as it is meanwhile.
    m_waiting = SearchIndex::catchUp(m_db, m_catchUpLimit);
    return m_waiting == 0 || m_catchUpLimit >= 0;
}

QString RecordLister::whereClause(const QStringList &words, bool useIndex) const
{
    QStringList conditions;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QString &word = words.at(w);
        // The fields the search index holds are matched through its trigrams (a substring of their folded text,
        // like the scan below); the others, and short or unindexed searches, scan with ad_fold().
        const QStringList covered = useIndex && wantsIndex(m_definition.kind, word)
                                        ? SearchIndex::coveredListExpressions(m_definition.kind)
                                        : QStringList();
        QStringList matches;
        if (!covered.isEmpty()) {
            const QString table = isShortWord(word) ? u"search_words"_s : u"search_trigrams"_s;
            matches << u"%1 IN (SELECT rowid - :searchOffset FROM %2 WHERE %2 MATCH :searchPhrase%3 AND rowid "
                       "BETWEEN :searchBase AND :searchLast)"_s.arg(m_definition.columns.at(0).expression, table)
                           .arg(w);
        }
        for (const QString &expression : m_definition.searchExpressions) {
            if (!covered.contains(expression))
                matches << u"ad_fold(%1) LIKE :search%2 ESCAPE '\\'"_s.arg(expression).arg(w);
        }
        conditions << u"(%1)"_s.arg(matches.join(u" OR "_s));
    }
    if (m_unverifiedOnly)
        conditions << (m_definition.unverified.isEmpty() ? u"0"_s : u"(%1)"_s.arg(m_definition.unverified));
    for (int i = 0; i < m_filters.size(); ++i)
        conditions << u"%1 = :filter%2"_s.arg(m_definition.columns.at(m_filters.at(i).first).expression).arg(i);
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

void RecordLister::bindParameters(SqlQuery &query, const QStringList &words, bool useIndex) const
{
    bool anyIndexed = false;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QString &word = words.at(w);
        const bool indexed = useIndex && wantsIndex(m_definition.kind, word);
        if (indexed) {
            anyIndexed = true;
            const QString phrase = SearchIndex::quoted(word);
            query.bind(u":searchPhrase%1"_s.arg(w), isShortWord(word) ? QString(phrase + u"*"_s) : phrase);
        }
        if (!indexed ||
            SearchIndex::coveredListExpressions(m_definition.kind).size() < m_definition.searchExpressions.size()) {
            QString escaped = word;
            escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
            query.bind(u":search%1"_s.arg(w), QString(u"%"_s + escaped + u"%"_s));
        }
    }
    if (anyIndexed) {
        const qint64 base = SearchIndex::itemBase(m_definition.kind);
        query.bind(u":searchOffset"_s, base)
            .bind(u":searchBase"_s, base)
            .bind(u":searchLast"_s, base + SearchIndex::kindStride - 1);
    }
    for (int i = 0; i < m_filters.size(); ++i)
        query.bind(u":filter%1"_s.arg(i), m_filters.at(i).second);
}

int RecordLister::count() const
{
    const QStringList words = searchWords();
    const bool useIndex = prepareIndex(words);
    SqlQuery query(m_db, u"SELECT count(*) FROM "_s + m_definition.from + whereClause(words, useIndex));
    bindParameters(query, words, useIndex);
    query.exec();
    return query.next() ? query.value(0).toInt() : 0;
}

QString RecordLister::orderClause() const
{
    QString order = m_definition.defaultOrder;
    if (m_sortColumn >= 0) {
        const ListColumn &column = m_definition.columns.at(m_sortColumn);
        // Text sorts as people of the locale expect, a country by the name the list shows rather than its code.
        QString key = column.expression;
        if (!column.sortExpression.isEmpty())
            key = column.sortExpression;
        else if (column.type == ListColumn::Type::Text)
            key = collated(key);
        else if (column.type == ListColumn::Type::Country)
            key = collated(countryNameExpression(key));
        order = u"%1 %2"_s.arg(key, m_sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s);
    }
    // The id breaks ties, so that pages never overlap or skip rows.
    return order + u", "_s + m_definition.columns.at(0).expression;
}

QList<QVariantList> RecordLister::fetch(int offset, int limit) const
{
    const QStringList words = searchWords();
    const bool useIndex = prepareIndex(words);
    QStringList expressions;
    for (const ListColumn &column : m_definition.columns)
        expressions << column.expression;
    const QString sql = u"SELECT %1 FROM %2%3 ORDER BY %4 LIMIT :limit OFFSET :offset"_s.arg(
        expressions.join(u", "_s), m_definition.from, whereClause(words, useIndex), orderClause());
    SqlQuery query(m_db, sql);
    bindParameters(query, words, useIndex);
    query.bind(u":limit"_s, limit).bind(u":offset"_s, offset);
    query.exec();
    QList<QVariantList> rows;
    const int columnCount = static_cast<int>(m_definition.columns.size());
    while (query.next()) {
        QVariantList row;
        row.reserve(columnCount);
        for (int i = 0; i < columnCount; ++i)
            row << query.value(i);
        rows << row;
    }
    return rows;
}

int RecordLister::rowOf(qint64 id) const
{
    const QStringList words = searchWords();
    const bool useIndex = prepareIndex(words);
    const QString idExpression = m_definition.columns.at(0).expression;
    const QString sql =
        u"SELECT position FROM (SELECT %1 AS record_id, row_number() OVER (ORDER BY %2) - 1 AS position "
        "FROM %3%4) WHERE record_id = :record_id"_s.arg(idExpression, orderClause(), m_definition.from,
                                                        whereClause(words, useIndex));
    SqlQuery query(m_db, sql);
    bindParameters(query, words, useIndex);
    query.bind(u":record_id"_s, id);
    query.exec();
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace AllianceDesk
