#include "importpresetstore.h"

#include "sqlquery.h"
#include "transaction.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

void ImportPresetStore::save(const QSqlDatabase &db, const QString &name, const QString &kind, const QString &mapping)
{
    Transaction transaction(db);
    SqlQuery query(db, u"INSERT INTO import_presets (name, kind, mapping, updated_at) VALUES (:name, :kind, :mapping, "
                       ":at) ON CONFLICT (name, kind) DO UPDATE SET mapping = excluded.mapping, "
                       "updated_at = excluded.updated_at"_s);
    query.bind(u":name"_s, name)
        .bind(u":kind"_s, kind)
        .bind(u":mapping"_s, mapping)
        .bind(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .exec();
    transaction.commit();
}

std::optional<QString> ImportPresetStore::load(const QSqlDatabase &db, const QString &name, const QString &kind)
{
    SqlQuery query(db, u"SELECT mapping FROM import_presets WHERE name = :name AND kind = :kind"_s);
    query.bind(u":name"_s, name).bind(u":kind"_s, kind).exec();
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QStringList ImportPresetStore::names(const QSqlDatabase &db, const QString &kind)
{
    SqlQuery query(db, u"SELECT name FROM import_presets WHERE kind = :kind ORDER BY name COLLATE ad_locale"_s);
    query.bind(u":kind"_s, kind).exec();
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace AllianceDesk
