#include "rowwriter.h"

#include "domain/catalogue.h"

#include "auditlog.h"
#include "entitywriter.h"
#include "sqlquery.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

RowWriter::RowWriter(QSqlDatabase db, QString table)
    : m_db(std::move(db))
    , m_table(std::move(table))
{}

bool RowWriter::isProtected(const QString &table, const QString &column)
{
    return Catalogue::isProtected(table, column);
}

qint64 RowWriter::currentVersion(qint64 id) const
{
    // Table names come from the repositories, never from input.
    SqlQuery query(m_db, u"SELECT row_version FROM %1 WHERE id = :id"_s.arg(m_table));
    query.bind(u":id"_s, id).exec();
    return query.next() ? query.value(0).toLongLong() : -1;
}

bool RowWriter::update(qint64 id, qint64 loadedVersion, const QVariantMap &before, const QVariantMap &after,
                       const QString &record, OnConflict onConflict)
{
    const qint64 version = currentVersion(id);
    if (version < 0) {
        throw ConflictError(QCoreApplication::translate("RowWriter", "%1 was deleted elsewhere since you opened it; "
                                                                     "your changes were not saved.")
                                .arg(record));
    }
    if (version != loadedVersion && onConflict == OnConflict::Refuse) {
        throw ConflictError(QCoreApplication::translate("RowWriter", "%1 was changed elsewhere since you opened it: "
                                                                     "reload it, overwrite the other changes, or "
                                                                     "cancel.")
                                .arg(record));
    }
    const EntityDescription *entity = Catalogue::forTable(m_table);
    if (!entity)
        throw StorageError(u"The catalogue does not know the table %1."_s.arg(m_table));
    FieldValues old(entity->kind);
    const FieldValues edited = FieldValues::fromMap(entity->kind, after);
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        old.set(it.key(), before.value(it.key()));
    return EntityWriter(m_db, entity->kind).update(id, old, edited);
}

void RowWriter::auditSet(qint64 id, const QString &field, const QStringList &before, const QStringList &after)
{
    QStringList sortedBefore = before;
    QStringList sortedAfter = after;
    sortedBefore.sort();
    sortedAfter.sort();
    if (sortedBefore != sortedAfter)
        AuditLog(m_db).recordUpdate(m_table, id, field, sortedBefore.join(u", "_s), sortedAfter.join(u", "_s));
}

} // namespace AllianceDesk
