#pragma once

#include "importkind.h"
#include "importresult.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace AllianceDesk {

/// One recorded import.
struct ImportBatch
{
    qint64 id = 0;
    QString kind;
    QString fileName;
    QString sha256;
    QString encoding;
    QString delimiter;
    QString mapping;
    int created = 0;
    int updated = 0;
    int skipped = 0;
    int rejected = 0;
    QDateTime started;
    QDateTime finished;
    QString user;
    QDateTime undone; ///< invalid while the batch stands
};

/// The record of every import (file, SHA-256, mapping, counts, time, user, changeset) and its exact undo.
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
    /// Records a batch inside the caller's transaction; returns its id.
    static qint64 record(const QSqlDatabase &db, const BatchRecord &batch, const ImportResult &result);

    static QList<ImportBatch> list(const QSqlDatabase &db);
    static ImportBatch get(const QSqlDatabase &db, qint64 id);

    /**
     * Undoes batch @p id in one transaction: removes what it created and restores what it updated, exactly.
     * Throws a RuleViolation when the batch is unknown or already undone, a ConflictError when a record it touched
     * was changed since (then nothing is changed).
     */
    static void undo(const QSqlDatabase &db, qint64 id);
    /// Marks a batch undone (when its changes were undone through the GUI's undo stack).
    static void markUndone(const QSqlDatabase &db, qint64 id, bool undone);
};

} // namespace AllianceDesk
