#include "importbatches.h"

#include "importcancelled.h"
#include "storage/auditlog.h"
#include "storage/changeset.h"
#include "storage/importbatchstore.h"
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
        total = ImportBatchStore::partCount(db, batch.id);
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
    int done = 0;
    ImportBatchStore::forEachPart(db, batch.id, direction == Direction::Undo, [&](const QByteArray &changeset) {
        Changesets::apply(db, direction == Direction::Undo ? Changesets::invert(changeset) : changeset);
        if (progress && !progress(++done, total))
            throw cancelled();
    });
}

} // namespace

qint64 ImportBatches::begin(const QSqlDatabase &db, const BatchRecord &batch)
{
    // What is known only at the end (the file's hash, the counts) is filled in by finish(), in the same transaction.
    return ImportBatchStore::begin(db, importKindName(batch.kind), batch.fileName, batch.networkId, batch.started);
}

void ImportBatches::addChanges(const QSqlDatabase &db, qint64 id, const QByteArray &changeset)
{
    ImportBatchStore::addChanges(db, id, changeset);
}

void ImportBatches::finish(const QSqlDatabase &db, qint64 id, const BatchRecord &batch, const ImportResult &result)
{
    ImportBatch record;
    record.id = id;
    record.sha256 = result.sha256;
    record.encoding = result.encoding;
    record.delimiter = result.delimiter;
    record.mapping = result.mappingJson;
    record.created = result.created;
    record.updated = result.updated;
    record.skipped = result.skipped;
    record.rejected = result.rejected;
    record.finished = QDateTime::currentDateTimeUtc();
    ImportBatchStore::finish(db, record);
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
    return ImportBatchStore::hasChanges(db, id);
}

QList<ImportBatch> ImportBatches::list(const QSqlDatabase &db)
{
    return ImportBatchStore::list(db);
}

ImportBatch ImportBatches::get(const QSqlDatabase &db, qint64 id)
{
    const std::optional<ImportBatch> batch = ImportBatchStore::get(db, id);
    if (!batch)
        throw RuleViolation(tr("There is no import batch %1.").arg(id));
    return *batch;
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
        const std::optional<ImportBatch> later = ImportBatchStore::latestStandingAfter(db, id);
        const QString hint =
            later ? tr("Import batch %1 (%2) came after it and is not undone: undo that one first, then this.")
                        .arg(later->id)
                        .arg(later->fileName)
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
    ImportBatchStore::markUndone(db, id, undone);
}

} // namespace AllianceDesk
