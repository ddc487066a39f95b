#include "importbatchstore.h"

#include "auditlog.h"
#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

const auto columns = u"id, kind, file_name, sha256, encoding, delimiter, mapping, created, updated, skipped, rejected, "
                     "started_at, finished_at, user_name, undone_at, undone_by"_s;

ImportBatch readBatch(SqlQuery &query)
{
    ImportBatch batch;
    batch.id = query.value(0).toLongLong();
    batch.kind = query.value(1).toString();
    batch.fileName = query.value(2).toString();
    batch.sha256 = query.value(3).toString();
    batch.encoding = query.value(4).toString();
    batch.delimiter = query.value(5).toString();
    batch.mapping = query.value(6).toString();
    batch.created = query.value(7).toInt();
    batch.updated = query.value(8).toInt();
    batch.skipped = query.value(9).toInt();
    batch.rejected = query.value(10).toInt();
    batch.started = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
    batch.finished = QDateTime::fromString(query.value(12).toString(), Qt::ISODateWithMs);
    batch.user = query.value(13).toString();
    batch.undone = QDateTime::fromString(query.value(14).toString(), Qt::ISODateWithMs);
    batch.undoneBy = query.value(15).toString();
    return batch;
}

} // namespace

qint64 ImportBatchStore::begin(const QSqlDatabase &db, const QString &kind, const QString &fileName, qint64 networkId,
                               const QDateTime &started)
{
    SqlQuery query(db, u"INSERT INTO import_batches (kind, file_name, sha256, encoding, delimiter, mapping, "
                       "network_id, started_at, finished_at, user_name) VALUES (:kind, :file, :sha, '', '', '', "
                       ":network, :started, :started, :user)"_s);
    query.bind(u":kind"_s, kind)
        .bind(u":file"_s, fileName)
        .bind(u":sha"_s, QString(64, u'0'))
        .bind(u":network"_s, networkId ? QVariant(networkId) : QVariant())
        .bind(u":started"_s, started.toString(Qt::ISODateWithMs))
        .bind(u":user"_s, AuditLog::userName())
        .exec();
    return query.lastInsertId();
}

void ImportBatchStore::addChanges(const QSqlDatabase &db, qint64 id, const QByteArray &changeset)
{
    if (changeset.isEmpty())
        return;
    SqlQuery query(db, u"INSERT INTO import_batch_changes (batch_id, part, changeset) VALUES (:id, "
                       "(SELECT count(*) FROM import_batch_changes WHERE batch_id = :id), :changeset)"_s);
    query.bind(u":id"_s, id).bind(u":changeset"_s, changeset).exec();
}

void ImportBatchStore::finish(const QSqlDatabase &db, const ImportBatch &batch)
{
    SqlQuery query(db, u"UPDATE import_batches SET sha256 = :sha, encoding = :encoding, delimiter = :delimiter, "
                       "mapping = :mapping, created = :created, updated = :updated, skipped = :skipped, "
                       "rejected = :rejected, finished_at = :finished WHERE id = :id"_s);
    query.bind(u":sha"_s, batch.sha256)
        .bind(u":encoding"_s, batch.encoding)
        .bind(u":delimiter"_s, batch.delimiter)
        .bind(u":mapping"_s, batch.mapping)
        .bind(u":created"_s, batch.created)
        .bind(u":updated"_s, batch.updated)
        .bind(u":skipped"_s, batch.skipped)
        .bind(u":rejected"_s, batch.rejected)
        .bind(u":finished"_s, batch.finished.toString(Qt::ISODateWithMs))
        .bind(u":id"_s, batch.id)
        .exec();
}

bool ImportBatchStore::hasChanges(const QSqlDatabase &db, qint64 id)
{
    SqlQuery query(db, u"SELECT EXISTS (SELECT 1 FROM import_batch_changes WHERE batch_id = :id)"_s);
    query.bind(u":id"_s, id).exec();
    return query.next() && query.value(0).toBool();
}

QList<ImportBatch> ImportBatchStore::list(const QSqlDatabase &db)
{
    SqlQuery query(db, u"SELECT %1 FROM import_batches ORDER BY id"_s.arg(columns));
    query.exec();
    QList<ImportBatch> batches;
    while (query.next())
        batches << readBatch(query);
    return batches;
}

std::optional<ImportBatch> ImportBatchStore::get(const QSqlDatabase &db, qint64 id)
{
    SqlQuery query(db, u"SELECT %1 FROM import_batches WHERE id = :id"_s.arg(columns));
    query.bind(u":id"_s, id).exec();
    if (!query.next())
        return std::nullopt;
    return readBatch(query);
}

int ImportBatchStore::partCount(const QSqlDatabase &db, qint64 id)
{
    SqlQuery count(db, u"SELECT count(*) FROM import_batch_changes WHERE batch_id = :id"_s);
    count.bind(u":id"_s, id).exec();
    return count.next() ? count.value(0).toInt() : 0;
}

void ImportBatchStore::forEachPart(const QSqlDatabase &db, qint64 id, bool lastFirst,
                                   const std::function<void(const QByteArray &)> &apply)
{
    SqlQuery parts(db, u"SELECT changeset FROM import_batch_changes WHERE batch_id = :id ORDER BY part %1"_s.arg(
                           lastFirst ? u"DESC"_s : u"ASC"_s));
    parts.bind(u":id"_s, id).exec();
    while (parts.next())
        apply(parts.value(0).toByteArray());
}

std::optional<ImportBatch> ImportBatchStore::latestStandingAfter(const QSqlDatabase &db, qint64 id)
{
    SqlQuery later(db, u"SELECT %1 FROM import_batches WHERE id > :id AND undone_at IS NULL "
                       "ORDER BY id DESC LIMIT 1"_s.arg(columns));
    later.bind(u":id"_s, id).exec();
    if (!later.next())
        return std::nullopt;
    return readBatch(later);
}

void ImportBatchStore::markUndone(const QSqlDatabase &db, qint64 id, bool undone)
{
    SqlQuery query(db, u"UPDATE import_batches SET undone_at = :at, undone_by = :user WHERE id = :id"_s);
    query.bind(u":at"_s, undone ? QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)) : QVariant())
        .bind(u":user"_s, undone ? QVariant(AuditLog::userName()) : QVariant())
        .bind(u":id"_s, id)
        .exec();
}

} // namespace AllianceDesk
