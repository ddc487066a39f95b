#include "importpresets.h"

#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

void ImportPresets::save(const QSqlDatabase &db, const QString &name, ImportKind kind, const Mapping &mapping)
{
    if (name.trimmed().isEmpty())
        throw RuleViolation(QCoreApplication::translate("ImportPresets", "A saved mapping needs a name."));
    QJsonArray array;
    for (const auto &[header, field] : mapping)
        array.append(QJsonArray{header, field});
    Transaction transaction(db);
    SqlQuery query(db, u"INSERT INTO import_presets (name, kind, mapping, updated_at) VALUES (:name, :kind, :mapping, "
                       ":at) ON CONFLICT (name, kind) DO UPDATE SET mapping = excluded.mapping, "
                       "updated_at = excluded.updated_at"_s);
    query.bind(u":name"_s, name.trimmed())
        .bind(u":kind"_s, importKindName(kind))
        .bind(u":mapping"_s, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)))
        .bind(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .exec();
    transaction.commit();
}

ImportPresets::Mapping ImportPresets::load(const QSqlDatabase &db, const QString &name, ImportKind kind)
{
    SqlQuery query(db, u"SELECT mapping FROM import_presets WHERE name = :name AND kind = :kind"_s);
    query.bind(u":name"_s, name.trimmed()).bind(u":kind"_s, importKindName(kind)).exec();
    if (!query.next())
        throw RuleViolation(
            QCoreApplication::translate("ImportPresets", "There is no saved mapping called “%1”.").arg(name));
    Mapping mapping;
    const QJsonArray array = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array();
    for (const QJsonValue &pair : array)
        mapping.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
    return mapping;
}

QStringList ImportPresets::names(const QSqlDatabase &db, ImportKind kind)
{
    SqlQuery query(db, u"SELECT name FROM import_presets WHERE kind = :kind ORDER BY name COLLATE ad_locale"_s);
    query.bind(u":kind"_s, importKindName(kind)).exec();
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace AllianceDesk
