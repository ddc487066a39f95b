#pragma once

#include "importkind.h"
#include "importresult.h"
#include "storage/importbatchstore.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace AllianceDesk {

/// The record of every import (file, SHA-256, mapping, counts, time, user, its changes in parts) and its exact undo.
class ImportBatches
{
public:
    struct BatchRecord
    {
        ImportKind kind = ImportKind::Organisations;
        QString fileName;
        qint64 networkId = 0;
        QDateTime started;
    };
    /**
     * Starts recording a batch inside the caller's transaction (the import's own); returns its id. The import adds
     * its undo record in parts as it goes (addChanges) and ends with finish(); a transaction rolled back leaves none
     * of it.
     */
    static qint64 begin(const QSqlDatabase &db, const BatchRecord &batch);
    /// Adds the next part of batch @p id's undo record (a changeset; an empty one is not kept).
    static void addChanges(const QSqlDatabase &db, qint64 id, const QByteArray &changeset);
    /// Records what batch @p id did (file, hash, mapping, counts, end time) and audits it.
    static void finish(const QSqlDatabase &db, qint64 id, const BatchRecord &batch, const ImportResult &result);

    /// True when batch @p id changed anything (an import of rows that were all unchanged or rejected did not).
    static bool hasChanges(const QSqlDatabase &db, qint64 id);

    static QList<ImportBatch> list(const QSqlDatabase &db);
    static ImportBatch get(const QSqlDatabase &db, qint64 id);

    /// Told how many parts of a batch's record were applied of how many; returning false cancels (nothing changes).
    using Progress = std::function<bool(int done, int total)>;

    /**
     * Undoes batch @p id in one transaction: removes what it created and restores what it updated, exactly.
     * Throws a RuleViolation when the batch is unknown or already undone, a ConflictError when a record it touched
     * was changed since, ImportCancelled when @p progress returned false (in each case nothing is changed).
     */
    static void undo(const QSqlDatabase &db, qint64 id, const Progress &progress = {});
    /**
     * Applies batch @p id's changes again after an undo, in one transaction, and clears its undone mark. Throws as
     * undo() does: a RuleViolation when it stands, a ConflictError when a record it touched was changed since.
     */
    static void redo(const QSqlDatabase &db, qint64 id, const Progress &progress = {});

private:
    static void markUndone(const QSqlDatabase &db, qint64 id, bool undone);
};

} // namespace AllianceDesk
