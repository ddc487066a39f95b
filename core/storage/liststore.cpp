#include "liststore.h"

#include "listqueries.h"
#include "searchfts.h"
#include "searchstore.h"
#include "sqlquery.h"
#include "util/error.h"
#include "util/searchtext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

/// Searches of 1 or 2 letters or digits: too short for trigrams, they match the start of words instead.
bool isShortWord(const QString &search)
{
    if (characterCount(search) >= 3)
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
    return !search.isEmpty() && SearchStore::holds(kind) && (characterCount(search) >= 3 || isShortWord(search));
}

const ListQuery::Column &requireColumn(const ListQuery &list, const QString &key)
{
    const ListQuery::Column *column = list.column(key);
    if (!column)
        throw StorageError(u"The list of %1 has no column “%2”."_s.arg(listKindName(list.kind), key));
    return *column;
}

} // namespace

/// A request as SQL: its WHERE clause and ORDER BY, and the values to bind.
struct ListStore::Plan
{
    QString where;
    QString order;
    QList<QPair<QString, QVariant>> bindings;

    void bindTo(SqlQuery &query) const
    {
        for (const auto &[placeholder, value] : bindings)
            query.bind(placeholder, value);
    }
};

ListStore::ListStore(QSqlDatabase db, ListKind kind)
    : m_db(std::move(db))
    , m_kind(kind)
{}

ListStore::Plan ListStore::plan(const ListRequest &request) const
{
    const ListQuery &list = listQuery(m_kind);
    const QStringList &words = request.searchWords;
    Plan plan;

    // The index is used when it is up to date, so that results are the same as a scan's; with a catch-up limit (the
    // GUI), a long queue is being indexed in the background and the index answers as it is meanwhile.
    m_waiting = 0;
    bool useIndex = false;
    if (std::any_of(words.cbegin(), words.cend(), [this](const QString &word) { return wantsIndex(m_kind, word); })) {
        m_waiting = SearchStore(m_db).catchUp(request.catchUpLimit);
        useIndex = m_waiting == 0 || request.catchUpLimit >= 0;
    }

    QStringList conditions;
    bool anyIndexed = false;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QString &word = words.at(w);
        // The fields the search index holds are matched through its trigrams (a substring of their folded text,
        // like the scan below) or, for 1 or 2 letters, its word prefixes; the others, and short or unindexed
        // searches, scan with ad_fold().
        const bool indexed = useIndex && wantsIndex(m_kind, word);
        QStringList matches;
        if (indexed) {
            anyIndexed = true;
            const QString table = isShortWord(word) ? u"search_words"_s : u"search_trigrams"_s;
            matches << u"%1 IN (SELECT rowid - :searchOffset FROM %2 WHERE %2 MATCH :searchPhrase%3 AND rowid "
                       "BETWEEN :searchBase AND :searchLast)"_s.arg(list.idExpression(), table)
                           .arg(w);
            const QString phrase = SearchFts::phrase(word);
            plan.bindings.append({u":searchPhrase%1"_s.arg(w), isShortWord(word) ? QString(phrase + u"*"_s) : phrase});
        }
        bool scans = false;
        for (const ListQuery::SearchField &field : list.searchFields) {
            if (!indexed || !field.indexed) {
                matches << u"ad_fold(%1) LIKE :search%2 ESCAPE '\\'"_s.arg(field.expression).arg(w);
                scans = true;
            }
        }
        if (scans) {
            QString escaped = word;
            escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
            plan.bindings.append({u":search%1"_s.arg(w), QString(u"%"_s + escaped + u"%"_s)});
        }
        conditions << u"(%1)"_s.arg(matches.join(u" OR "_s));
    }
    if (anyIndexed) {
        const qint64 base = SearchFts::itemBase(m_kind);
        plan.bindings.append({u":searchOffset"_s, base});
        plan.bindings.append({u":searchBase"_s, base});
        plan.bindings.append({u":searchLast"_s, base + SearchFts::kindStride - 1});
    }
    if (request.unverifiedOnly)
        conditions << (list.unverified.isEmpty() ? u"0"_s : u"(%1)"_s.arg(list.unverified));
    for (int i = 0; i < request.filters.size(); ++i) {
        const auto &[key, value] = request.filters.at(i);
        conditions << u"%1 = :filter%2"_s.arg(requireColumn(list, key).expression).arg(i);
        plan.bindings.append({u":filter%1"_s.arg(i), value});
    }
    if (!conditions.isEmpty())
        plan.where = u" WHERE "_s + conditions.join(u" AND "_s);

    plan.order = list.defaultOrder;
    if (!request.sortKey.isEmpty()) {
        // Text sorts as people of the locale expect, a country by the name the list shows rather than its code.
        plan.order = u"%1 %2"_s.arg(requireColumn(list, request.sortKey).sortExpression,
                                    request.sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s);
    }
    // The id breaks ties, so that pages never overlap or skip rows.
    plan.order += u", "_s + list.idExpression();
    return plan;
}

int ListStore::count(const ListRequest &request) const
{
    const Plan plan = this->plan(request);
    SqlQuery query(m_db, u"SELECT count(*) FROM "_s + listQuery(m_kind).from + plan.where);
    plan.bindTo(query);
    query.exec();
    return query.next() ? query.value(0).toInt() : 0;
}

QList<QVariantList> ListStore::page(const ListRequest &request, const QStringList &columnKeys, int offset,
                                    int limit) const
{
    const ListQuery &list = listQuery(m_kind);
    QStringList expressions;
    expressions.reserve(columnKeys.size());
    for (const QString &key : columnKeys)
        expressions << requireColumn(list, key).expression;
    const Plan plan = this->plan(request);
    const QString sql = u"SELECT %1 FROM %2%3 ORDER BY %4 LIMIT :limit OFFSET :offset"_s.arg(
        expressions.join(u", "_s), list.from, plan.where, plan.order);
    SqlQuery query(m_db, sql);
    plan.bindTo(query);
    query.bind(u":limit"_s, limit).bind(u":offset"_s, offset);
    query.exec();
    QList<QVariantList> rows;
    const auto columnCount = static_cast<int>(columnKeys.size());
    while (query.next()) {
        QVariantList row;
        row.reserve(columnCount);
        for (int i = 0; i < columnCount; ++i)
            row << query.value(i);
        rows << row;
    }
    return rows;
}

int ListStore::rowOf(const ListRequest &request, qint64 id) const
{
    const ListQuery &list = listQuery(m_kind);
    const Plan plan = this->plan(request);
    const QString sql =
        u"SELECT position FROM (SELECT %1 AS record_id, row_number() OVER (ORDER BY %2) - 1 AS position "
        "FROM %3%4) WHERE record_id = :record_id"_s.arg(list.idExpression(), plan.order, list.from, plan.where);
    SqlQuery query(m_db, sql);
    plan.bindTo(query);
    query.bind(u":record_id"_s, id);
    query.exec();
    return query.next() ? query.value(0).toInt() : -1;
}

QStringList ListStore::columnKeys(ListKind kind)
{
    QStringList keys;
    for (const ListQuery::Column &column : listQuery(kind).columns)
        keys << column.key;
    return keys;
}

ListStore::Order ListStore::order(ListKind kind, const QString &key)
{
    return requireColumn(listQuery(kind), key).order;
}

} // namespace AllianceDesk
