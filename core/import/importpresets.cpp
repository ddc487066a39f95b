#include "importpresets.h"

#include "storage/importpresetstore.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace AllianceDesk {

void ImportPresets::save(const QSqlDatabase &db, const QString &name, ImportKind kind, const Mapping &mapping)
{
    if (name.trimmed().isEmpty())
        throw RuleViolation(QCoreApplication::translate("ImportPresets", "A saved mapping needs a name."));
    QJsonArray array;
    for (const auto &[header, field] : mapping)
        array.append(QJsonArray{header, field});
    ImportPresetStore::save(db, name.trimmed(), importKindName(kind),
                            QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

ImportPresets::Mapping ImportPresets::load(const QSqlDatabase &db, const QString &name, ImportKind kind)
{
    const std::optional<QString> saved = ImportPresetStore::load(db, name.trimmed(), importKindName(kind));
    if (!saved)
        throw RuleViolation(
            QCoreApplication::translate("ImportPresets", "There is no saved mapping called “%1”.").arg(name));
    Mapping mapping;
    const QJsonArray array = QJsonDocument::fromJson(saved->toUtf8()).array();
    for (const QJsonValue &pair : array)
        mapping.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
    return mapping;
}

QStringList ImportPresets::names(const QSqlDatabase &db, ImportKind kind)
{
    return ImportPresetStore::names(db, importKindName(kind));
}

} // namespace AllianceDesk
