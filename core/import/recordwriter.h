#pragma once

#include "importresult.h"
#include "rawstatement.h"
#include "rownormaliser.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace AllianceDesk {

/**
 * Writes normalised rows into the database inside the caller's transaction, through statements prepared once on
 * the raw SQLite handle; finds the duplicates of each row (against the database and the rows written before it)
 * and lets the caller decide what to do with each. Values were validated before; the schema's checks and triggers
 * are the safety net, and a row they refuse is rolled back alone (a savepoint) and reported.
 */
class RecordWriter
{
public:
    RecordWriter(const QSqlDatabase &db, ImportKind kind, qint64 networkId);
    ~RecordWriter();

    struct Outcome
    {
        enum class Kind
        {
            Created,
            Updated,
            Skipped,
            Rejected,
        } kind = Kind::Created;
        RowProblem problem;                      ///< when rejected
        std::optional<DuplicateMatch> duplicate; ///< when the row matched something
    };
    using Decide = std::function<DuplicatePolicy(const DuplicateMatch &)>;

    Outcome write(const NormalisedRow &row, const Decide &decide);

private:
    struct Match
    {
        qint64 id = 0;
        QString why;
    };
    void loadIndex();
    std::optional<Match> findDuplicate(const QStringList &keys) const;
    void remember(const NormalisedRow &row, const QStringList &keys, qint64 id);
    QStringList keysOf(const NormalisedRow &row) const;

    qint64 create(const NormalisedRow &row, Outcome &outcome);
    void update(qint64 id, const NormalisedRow &row, Outcome &outcome);
    void ensureMembership(qint64 organisationId, const NormalisedRow &row, Outcome &outcome);
    void ensureAffiliation(qint64 personId, qint64 organisationId, const NormalisedRow &row);
    std::optional<qint64> findByName(const char *sql, const QString &name, ImportField field, Outcome &outcome,
                                     const QString &what);
    void audit(const char *action, const char *entity, qint64 id, const QString &field, const QString &oldValue,
               const QString &newValue);
    QString existingName(qint64 id) const;

    QSqlDatabase m_db;
    sqlite3 *m_handle;
    ImportKind m_kind;
    qint64 m_networkId;
    QString m_user;
    QString m_now;
    QString m_today;
    QHash<QString, qint64> m_keys;       ///< duplicate keys -> record id
    QHash<qint64, qint64> m_writtenLine; ///< record id -> the line of the file that created or updated it
    QHash<QString, QList<qint64>> m_nameCache;
    std::unique_ptr<RawStatement> m_insert;
    std::unique_ptr<RawStatement> m_insertExtra;
    std::unique_ptr<RawStatement> m_audit;
    std::unique_ptr<RawStatement> m_savepoint;
    std::unique_ptr<RawStatement> m_release;
    std::unique_ptr<RawStatement> m_rollback;
};

} // namespace AllianceDesk
