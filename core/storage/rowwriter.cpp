#include "rowwriter.h"

#include "domain/catalogue.h"

#include "auditlog.h"
#include "sqlquery.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString auditText(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QDate>())
        return value.toDate().toString(Qt::ISODate);
    return value.toString();
}

/// Empty text and NULL are the same "not given" (the repositories store empty text as NULL).
bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aEmpty = a.isNull() || (a.typeId() == QMetaType::QString && a.toString().trimmed().isEmpty());
    const bool bEmpty = b.isNull() || (b.typeId() == QMetaType::QString && b.toString().trimmed().isEmpty());
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    return auditText(a) == auditText(b);
}

QVariant storedValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString) {
        const QString trimmed = value.toString().trimmed();
        return trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed);
    }
    if (value.metaType() == QMetaType::fromType<QDate>()) {
        const QDate date = value.toDate();
        return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
    }
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? 1 : 0;
    return value;
}

} // namespace

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
    QStringList assignments;
    QList<QPair<QString, QVariant>> changes;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (!sameValue(before.value(it.key()), it.value())) {
            assignments << u"%1 = :%1"_s.arg(it.key());
            changes.append({it.key(), it.value()});
        }
    }
    if (changes.isEmpty())
        return false;

    SqlQuery query(m_db, u"UPDATE %1 SET %2, row_version = row_version + 1 WHERE id = :id"_s.arg(
                             m_table, assignments.join(u", "_s)));
    for (const auto &[column, value] : std::as_const(changes))
        query.bind(u":"_s + column, storedValue(value));
    query.bind(u":id"_s, id).exec();

    AuditLog audit(m_db);
    const QString changed = QCoreApplication::translate("RowWriter", "(changed)");
    for (const auto &[column, value] : std::as_const(changes)) {
        if (isProtected(m_table, column))
            audit.recordUpdate(m_table, id, column, QString(), changed);
        else
            audit.recordUpdate(m_table, id, column, auditText(before.value(column)), auditText(value));
    }
    return true;
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
