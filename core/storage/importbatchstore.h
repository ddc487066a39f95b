#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

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
    QString undoneBy; ///< who undid it
};

/// The stored record of imports (import_batches) and their undo records in parts (import_batch_changes).
class ImportBatchStore
{
public:
    /// Records a batch as started (by the audit trail's user); what is known at the end is written by finish().
    static qint64 begin(const QSqlDatabase &db, const QString &kind, const QString &fileName, qint64 networkId,
                        const QDateTime &started);
    /// Adds the next part of batch @p id's undo record (an empty one is not kept).
    static void addChanges(const QSqlDatabase &db, qint64 id, const QByteArray &changeset);
    /// Writes what is known at the end (file hash, dialect, mapping, counts, end time) from @p batch.
    static void finish(const QSqlDatabase &db, const ImportBatch &batch);
    static bool hasChanges(const QSqlDatabase &db, qint64 id);
    static QList<ImportBatch> list(const QSqlDatabase &db);
    static std::optional<ImportBatch> get(const QSqlDatabase &db, qint64 id);
    static int partCount(const QSqlDatabase &db, qint64 id);
    /// Hands batch @p id's parts to @p apply one at a time (never all in memory), last first when @p lastFirst.
    static void forEachPart(const QSqlDatabase &db, qint64 id, bool lastFirst,
                            const std::function<void(const QByteArray &)> &apply);
    /// The latest batch after @p id that is not undone, if any.
    static std::optional<ImportBatch> latestStandingAfter(const QSqlDatabase &db, qint64 id);
    /// Marks batch @p id undone now by the audit trail's user, or standing again.
    static void markUndone(const QSqlDatabase &db, qint64 id, bool undone);
};

} // namespace AllianceDesk
