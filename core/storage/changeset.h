#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

struct sqlite3;
struct sqlite3_session;

namespace AllianceDesk {

/**
 * Records every row a piece of work changes on one connection (SQLite's session extension), as a changeset that
 * can later be inverted and applied: the basis of exact undo — of one edit or of a whole import batch — including
 * every related row. The audit trail and other bookkeeping tables are not recorded.
 */
class ChangeRecorder
{
public:
    /// Starts recording on @p db; stops when destroyed.
    explicit ChangeRecorder(const QSqlDatabase &db);
    ~ChangeRecorder();
    ChangeRecorder(const ChangeRecorder &) = delete;
    ChangeRecorder &operator=(const ChangeRecorder &) = delete;

    /// The changes made since recording started (empty when nothing changed).
    QByteArray changeset() const;
    /**
     * The changes made since recording started or since the last call, after which recording starts afresh: a long
     * piece of work (an import) takes its record in parts, so that neither the session nor the changeset grows
     * with its size. Applying the parts' inverses from the last to the first undoes it exactly.
     */
    QByteArray takeChangeset();

    /// Tables whose changes are never recorded (audit trail, metadata, search indexes, import batches).
    static bool isBookkeeping(const QString &table);

private:
    void start();

    sqlite3 *m_connection = nullptr;
    sqlite3_session *m_session = nullptr;
};

/// One changed row of a changeset, for the audit trail and for telling the user what an undo touches.
struct ChangedRow
{
    enum class Operation
    {
        Insert,
        Update,
        Delete,
    };
    QString table;
    Operation operation;
    qint64 id = 0; ///< the first primary-key column
};

namespace Changesets {

/// The changeset that undoes @p changeset.
QByteArray invert(const QByteArray &changeset);

/**
 * Applies @p changeset inside the caller's transaction. When a row no longer holds the values the changeset
 * expects (someone changed it meanwhile), nothing is applied and a ConflictError names the record.
 */
void apply(const QSqlDatabase &db, const QByteArray &changeset);

/// The rows @p changeset touches.
QList<ChangedRow> rows(const QByteArray &changeset);

} // namespace Changesets

} // namespace AllianceDesk
