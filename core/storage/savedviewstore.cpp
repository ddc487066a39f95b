#include "savedviewstore.h"

#include "sqlquery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

const QString entity = u"saved_views"_s;

/// search_text is NOT NULL: no search is an empty text, which a null QString would not bind as.
QString textOrEmpty(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

} // namespace

SavedViewStore::SavedViewStore(QSqlDatabase db)
    : m_db(db)
    , m_audit(std::move(db))
{}

QString SavedViewStore::filtersToJson(const QList<QPair<QString, QVariant>> &filters)
{
    // An array of [key, value] pairs keeps the order the user gave them in.
    QJsonArray array;
    for (const auto &[key, value] : filters)
        array.append(QJsonArray{key, QJsonValue::fromVariant(value)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QPair<QString, QVariant>> SavedViewStore::filtersFromJson(const QString &json)
{
    QList<QPair<QString, QVariant>> filters;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &pair : array) {
        const QJsonArray entry = pair.toArray();
        if (entry.size() != 2 || !entry.at(0).isString())
            continue;
        const QJsonValue value = entry.at(1);
        // JSON numbers are doubles: ids and counts are filtered as the integers they are.
        filters.append({entry.at(0).toString(), value.isDouble() ? QVariant(value.toInteger()) : value.toVariant()});
    }
    return filters;
}

QList<StoredView> SavedViewStore::select(const QString &condition, const QString &placeholder,
                                         const QVariant &value) const
{
    QString sql = u"SELECT id, name, list_kind, search_text, filters, sort_column, sort_descending FROM saved_views"_s;
    if (!condition.isEmpty())
        sql += u" WHERE "_s + condition;
    sql += u" ORDER BY name COLLATE ad_locale, id"_s;
    SqlQuery query(m_db, sql);
    if (!placeholder.isEmpty())
        query.bind(placeholder, value);
    query.exec();
    QList<StoredView> views;
    while (query.next()) {
        // A list a later version added is unknown here: its saved searches are left out rather than misread.
        const std::optional<ListKind> kind = listKindFromName(query.value(2).toString());
        if (!kind)
            continue;
        StoredView view;
        view.id = query.value(0).toLongLong();
        view.name = query.value(1).toString();
        view.kind = *kind;
        view.search = query.value(3).toString();
        view.filters = filtersFromJson(query.value(4).toString());
        view.sortColumn = query.value(5).toString();
        view.sortOrder = query.value(6).toInt() != 0 ? Qt::DescendingOrder : Qt::AscendingOrder;
        views << view;
    }
    return views;
}

QList<StoredView> SavedViewStore::all() const
{
    return select({}, {}, {});
}

std::optional<StoredView> SavedViewStore::get(qint64 id) const
{
    const QList<StoredView> views = select(u"id = :id"_s, u":id"_s, id);
    return views.isEmpty() ? std::nullopt : std::optional<StoredView>(views.constFirst());
}

std::optional<StoredView> SavedViewStore::findFolded(const QString &foldedName) const
{
    const QList<StoredView> views = select(u"folded_name = :folded"_s, u":folded"_s, foldedName);
    return views.isEmpty() ? std::nullopt : std::optional<StoredView>(views.constFirst());
}

qint64 SavedViewStore::insert(const StoredView &view, const QString &foldedName, const QString &auditSummary)
{
    SqlQuery query(m_db, u"INSERT INTO saved_views (name, folded_name, list_kind, search_text, filters, sort_column, "
                         "sort_descending, created) VALUES (:name, :folded, :kind, :search, :filters, :sort, "
                         ":descending, :created)"_s);
    query.bind(u":name"_s, view.name.trimmed())
        .bind(u":folded"_s, foldedName)
        .bind(u":kind"_s, listKindName(view.kind))
        .bind(u":search"_s, textOrEmpty(view.search))
        .bind(u":filters"_s, filtersToJson(view.filters))
        .bindText(u":sort"_s, view.sortColumn)
        .bind(u":descending"_s, view.sortOrder == Qt::DescendingOrder ? 1 : 0)
        .bind(u":created"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .exec();
    const qint64 id = query.lastInsertId();
    m_audit.recordCreate(entity, id, auditSummary);
    return id;
}

void SavedViewStore::updateDefinition(const StoredView &view, const QString &describedBefore,
                                      const QString &describedAfter)
{
    SqlQuery query(m_db, u"UPDATE saved_views SET list_kind = :kind, search_text = :search, filters = :filters, "
                         "sort_column = :sort, sort_descending = :descending WHERE id = :id"_s);
    query.bind(u":kind"_s, listKindName(view.kind))
        .bind(u":search"_s, textOrEmpty(view.search))
        .bind(u":filters"_s, filtersToJson(view.filters))
        .bindText(u":sort"_s, view.sortColumn)
        .bind(u":descending"_s, view.sortOrder == Qt::DescendingOrder ? 1 : 0)
        .bind(u":id"_s, view.id)
        .exec();
    m_audit.recordUpdate(entity, view.id, u"definition"_s, describedBefore, describedAfter);
}

void SavedViewStore::rename(qint64 id, const QString &name, const QString &foldedName, const QString &before)
{
    SqlQuery(m_db, u"UPDATE saved_views SET name = :name, folded_name = :folded WHERE id = :id"_s)
        .bind(u":name"_s, name.trimmed())
        .bind(u":folded"_s, foldedName)
        .bind(u":id"_s, id)
        .exec();
    m_audit.recordUpdate(entity, id, u"name"_s, before, name.trimmed());
}

void SavedViewStore::remove(qint64 id, const QString &auditSummary)
{
    SqlQuery(m_db, u"DELETE FROM saved_views WHERE id = :id"_s).bind(u":id"_s, id).exec();
    m_audit.recordDelete(entity, id, auditSummary);
}

} // namespace AllianceDesk
