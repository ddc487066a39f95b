#include "savedviewrepository.h"

#include "sqlquery.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SavedViewRepository", text);
}

const QString entity = u"saved_views"_s;

/// search_text is NOT NULL: no search is an empty text, which a null QString would not bind as.
QString textOrEmpty(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

} // namespace

SavedViewRepository::SavedViewRepository(QSqlDatabase db)
    : m_db(db)
    , m_audit(std::move(db))
{}

QString SavedViewRepository::filtersToJson(const QList<QPair<QString, QVariant>> &filters)
{
    // An array of [key, value] pairs keeps the order the user gave them in.
    QJsonArray array;
    for (const auto &[key, value] : filters)
        array.append(QJsonArray{key, QJsonValue::fromVariant(value)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QPair<QString, QVariant>> SavedViewRepository::filtersFromJson(const QString &json)
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

QList<SavedView> SavedViewRepository::select(const QString &condition, const QString &placeholder,
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
    QList<SavedView> views;
    while (query.next()) {
        // A list a later version added is unknown here: its saved searches are left out rather than misread.
        const std::optional<ListKind> kind = listKindFromName(query.value(2).toString());
        if (!kind)
            continue;
        SavedView view;
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

QList<SavedView> SavedViewRepository::all() const
{
    return select({}, {}, {});
}

std::optional<SavedView> SavedViewRepository::get(qint64 id) const
{
    const QList<SavedView> views = select(u"id = :id"_s, u":id"_s, id);
    return views.isEmpty() ? std::nullopt : std::optional<SavedView>(views.constFirst());
}

std::optional<SavedView> SavedViewRepository::find(const QString &name) const
{
    const QList<SavedView> views = select(u"folded_name = :folded"_s, u":folded"_s, SavedView::foldedName(name));
    return views.isEmpty() ? std::nullopt : std::optional<SavedView>(views.constFirst());
}

SavedView SavedViewRepository::require(qint64 id) const
{
    const std::optional<SavedView> view = get(id);
    if (!view)
        throw RuleViolation(tr("The saved search no longer exists (deleted elsewhere?)."));
    return *view;
}

void SavedViewRepository::requireFreeName(const QString &name, qint64 exceptId) const
{
    const std::optional<SavedView> existing = find(name);
    if (existing && existing->id != exceptId)
        throw RuleViolation(tr("There is already a saved search called “%1”.").arg(existing->name));
}

qint64 SavedViewRepository::add(const SavedView &view)
{
    view.check();
    requireFreeName(view.name, 0);
    SqlQuery query(m_db, u"INSERT INTO saved_views (name, folded_name, list_kind, search_text, filters, sort_column, "
                         "sort_descending, created) VALUES (:name, :folded, :kind, :search, :filters, :sort, "
                         ":descending, :created)"_s);
    query.bind(u":name"_s, view.name.trimmed())
        .bind(u":folded"_s, SavedView::foldedName(view.name))
        .bind(u":kind"_s, listDefinition(view.kind).name)
        .bind(u":search"_s, textOrEmpty(view.search))
        .bind(u":filters"_s, filtersToJson(view.filters))
        .bindText(u":sort"_s, view.sortColumn)
        .bind(u":descending"_s, view.sortOrder == Qt::DescendingOrder ? 1 : 0)
        .bind(u":created"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .exec();
    const qint64 id = query.lastInsertId();
    m_audit.recordCreate(entity, id, view.name.trimmed() + u" — "_s + view.describe());
    return id;
}

void SavedViewRepository::replace(const SavedView &view)
{
    const SavedView before = require(view.id);
    SavedView checked = view;
    checked.name = before.name;
    checked.check();
    SqlQuery query(m_db, u"UPDATE saved_views SET list_kind = :kind, search_text = :search, filters = :filters, "
                         "sort_column = :sort, sort_descending = :descending WHERE id = :id"_s);
    query.bind(u":kind"_s, listDefinition(view.kind).name)
        .bind(u":search"_s, textOrEmpty(view.search))
        .bind(u":filters"_s, filtersToJson(view.filters))
        .bindText(u":sort"_s, view.sortColumn)
        .bind(u":descending"_s, view.sortOrder == Qt::DescendingOrder ? 1 : 0)
        .bind(u":id"_s, view.id)
        .exec();
    m_audit.recordUpdate(entity, view.id, u"definition"_s, before.describe(), checked.describe());
}

void SavedViewRepository::rename(qint64 id, const QString &name)
{
    const SavedView before = require(id);
    SavedView renamed = before;
    renamed.name = name;
    renamed.check();
    requireFreeName(name, id);
    SqlQuery(m_db, u"UPDATE saved_views SET name = :name, folded_name = :folded WHERE id = :id"_s)
        .bind(u":name"_s, name.trimmed())
        .bind(u":folded"_s, SavedView::foldedName(name))
        .bind(u":id"_s, id)
        .exec();
    m_audit.recordUpdate(entity, id, u"name"_s, before.name, name.trimmed());
}

void SavedViewRepository::remove(qint64 id)
{
    const SavedView before = require(id);
    SqlQuery(m_db, u"DELETE FROM saved_views WHERE id = :id"_s).bind(u":id"_s, id).exec();
    m_audit.recordDelete(entity, id, before.name + u" — "_s + before.describe());
}

} // namespace AllianceDesk
