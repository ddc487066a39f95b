#include "importbatches.h"

#include "importcancelled.h"
#include "storage/auditlog.h"
#include "storage/changeset.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportBatches", text);
}

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

enum class Direction
{
    Undo,
    Redo,
};

/// Applies batch @p id's parts one at a time (never the whole record in memory): undone from the last to the first.
void applyParts(const QSqlDatabase &db, const ImportBatch &batch, Direction direction,
                const ImportBatches::Progress &progress)
{
    int total = 0;
    if (progress) {
        SqlQuery count(db, u"SELECT count(*) FROM import_batch_changes WHERE batch_id = :id"_s);
        count.bind(u":id"_s, batch.id).exec();
        total = count.next() ? count.value(0).toInt() : 0;
    }
    const auto cancelled = [&] {
        return ImportCancelled((direction == Direction::Undo
                                    ? tr("The undo of import batch %1 (%2) was cancelled; nothing was changed.")
                                    : tr("Doing import batch %1 (%2) again was cancelled; nothing was changed."))
                                   .arg(batch.id)
                                   .arg(batch.fileName));
    };
    if (progress && !progress(0, total))
        throw cancelled();
    SqlQuery parts(db, u"SELECT changeset FROM import_batch_changes WHERE batch_id = :id ORDER BY part %1"_s.arg(
                           direction == Direction::Undo ? u"DESC"_s : u"ASC"_s));
    parts.bind(u":id"_s, batch.id).exec();
    int done = 0;
    while (parts.next()) {
        const QByteArray changeset = parts.value(0).toByteArray();
        Changesets::apply(db, direction == Direction::Undo ? Changesets::invert(changeset) : changeset);
        if (progress && !progress(++done, total))
            throw cancelled();
    }
}

} // namespace

qint64 ImportBatches::begin(const QSqlDatabase &db, const BatchRecord &batch)
{
    // What is known only at the end (the file's hash, the counts) is filled in by finish(), in the same transaction.
    SqlQuery query(db, u"INSERT INTO import_batches (kind, file_name, sha256, encoding, delimiter, mapping, "
                       "network_id, started_at, finished_at, user_name) VALUES (:kind, :file, :sha, '', '', '', "
                       ":network, :started, :started, :user)"_s);
    query.bind(u":kind"_s, importKindName(batch.kind))
        .bind(u":file"_s, batch.fileName)
        .bind(u":sha"_s, QString(64, u'0'))
        .bind(u":network"_s, batch.networkId ? QVariant(batch.networkId) : QVariant())
        .bind(u":started"_s, batch.started.toString(Qt::ISODateWithMs))
        .bind(u":user"_s, AuditLog::userName())
        .exec();
    return query.lastInsertId();
}

void ImportBatches::addChanges(const QSqlDatabase &db, qint64 id, const QByteArray &changeset)
{
    if (changeset.isEmpty())
        return;
    SqlQuery query(db, u"INSERT INTO import_batch_changes (batch_id, part, changeset) VALUES (:id, "
                       "(SELECT count(*) FROM import_batch_changes WHERE batch_id = :id), :changeset)"_s);
    query.bind(u":id"_s, id).bind(u":changeset"_s, changeset).exec();
}

void ImportBatches::finish(const QSqlDatabase &db, qint64 id, const BatchRecord &batch, const ImportResult &result)
{
    SqlQuery query(db, u"UPDATE import_batches SET sha256 = :sha, encoding = :encoding, delimiter = :delimiter, "
                       "mapping = :mapping, created = :created, updated = :updated, skipped = :skipped, "
                       "rejected = :rejected, finished_at = :finished WHERE id = :id"_s);
    query.bind(u":sha"_s, result.sha256)
        .bind(u":encoding"_s, result.encoding)
        .bind(u":delimiter"_s, result.delimiter)
        .bind(u":mapping"_s, result.mappingJson)
        .bind(u":created"_s, result.created)
        .bind(u":updated"_s, result.updated)
        .bind(u":skipped"_s, result.skipped)
        .bind(u":rejected"_s, result.rejected)
        .bind(u":finished"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(u":id"_s, id)
        .exec();
    // The batch, with its changes, is the audit record of every row the import created; updates are audited field
    // by field as they happen.
    AuditLog(db).recordCreate(u"import_batches"_s, id,
                              QCoreApplication::translate("ImportBatches", "import of %1: %2 created, %3 updated")
                                  .arg(batch.fileName)
                                  .arg(result.created)
                                  .arg(result.updated));
}

bool ImportBatches::hasChanges(const QSqlDatabase &db, qint64 id)
{
    SqlQuery query(db, u"SELECT EXISTS (SELECT 1 FROM import_batch_changes WHERE batch_id = :id)"_s);
    query.bind(u":id"_s, id).exec();
    return query.next() && query.value(0).toBool();
}

QList<ImportBatch> ImportBatches::list(const QSqlDatabase &db)
{
    SqlQuery query(db, u"SELECT %1 FROM import_batches ORDER BY id"_s.arg(columns));
    query.exec();
    QList<ImportBatch> batches;
    while (query.next())
        batches << readBatch(query);
    return batches;
}

ImportBatch ImportBatches::get(const QSqlDatabase &db, qint64 id)
{
    SqlQuery query(db, u"SELECT %1 FROM import_batches WHERE id = :id"_s.arg(columns));
    query.bind(u":id"_s, id).exec();
    if (!query.next())
        throw RuleViolation(tr("There is no import batch %1.").arg(id));
    return readBatch(query);
}

void ImportBatches::undo(const QSqlDatabase &db, qint64 id, const Progress &progress)
{
    Transaction transaction(db);
    const ImportBatch batch = get(db, id);
    if (batch.undone.isValid())
        throw RuleViolation(tr("Import batch %1 (%2) was already undone on %3.")
                                .arg(id)
                                .arg(batch.fileName, batch.undone.toLocalTime().toString(Qt::ISODate)));
    try {
        applyParts(db, batch, Direction::Undo, progress);
    } catch (const ConflictError &conflict) {
        // The usual cause: a later import updated the same records. Name it, since undoing it first is the fix.
        SqlQuery later(db, u"SELECT id, file_name FROM import_batches WHERE id > :id AND undone_at IS NULL "
                           "ORDER BY id DESC LIMIT 1"_s);
        later.bind(u":id"_s, id).exec();
        const QString hint =
            later.next() ? tr("Import batch %1 (%2) came after it and is not undone: undo that one first, then this.")
                               .arg(later.value(0).toLongLong())
                               .arg(later.value(1).toString())
                         : tr("It was edited after the import; undo those edits first.");
        throw ConflictError(
            tr("Import batch %1 (%2) cannot be undone: %3 %4").arg(id).arg(batch.fileName, conflict.message(), hint));
    }
    markUndone(db, id, true);
    transaction.commit();
}

void ImportBatches::redo(const QSqlDatabase &db, qint64 id, const Progress &progress)
{
    Transaction transaction(db);
    const ImportBatch batch = get(db, id);
    if (!batch.undone.isValid())
        throw RuleViolation(
            tr("Import batch %1 (%2) was not undone; there is nothing to redo.").arg(id).arg(batch.fileName));
    try {
        applyParts(db, batch, Direction::Redo, progress);
    } catch (const ConflictError &conflict) {
        throw ConflictError(tr("Import batch %1 (%2) cannot be done again: %3 Undo the changes made since first.")
                                .arg(id)
                                .arg(batch.fileName, conflict.message()));
    }
    markUndone(db, id, false);
    transaction.commit();
}

void ImportBatches::markUndone(const QSqlDatabase &db, qint64 id, bool undone)
{
    SqlQuery query(db, u"UPDATE import_batches SET undone_at = :at, undone_by = :user WHERE id = :id"_s);
    query.bind(u":at"_s, undone ? QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)) : QVariant())
        .bind(u":user"_s, undone ? QVariant(AuditLog::userName()) : QVariant())
        .bind(u":id"_s, id)
        .exec();
}

} // namespace AllianceDesk
