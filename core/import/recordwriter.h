#pragma once

#include "importresult.h"
#include "rawstatement.h"
#include "rownormaliser.h"

#include <QHash>
#include <QSet>
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
            Unchanged, ///< an update that found every value already as the file has it
            Skipped,
            Rejected,
        } kind = Kind::Created;
        RowProblem problem;                      ///< when rejected
        bool joined = false;                     ///< the organisation became a member of the network
        std::optional<DuplicateMatch> duplicate; ///< when the row matched something
    };
    using Decide = std::function<DuplicatePolicy(const DuplicateMatch &)>;

    Outcome write(const NormalisedRow &row, const Decide &decide);

    /// What a new membership gets where a row has no value for it (see ImportOptions).
    void setMembershipDefaults(const QString &status, const QString &role, const QDate &joined);

    /// Completes what the rows need once they are all written (the search index's queue); call before committing.
    void finish();

private:
    struct Match
    {
        qint64 id = 0;
        QString why;
    };
    /// A duplicate key kept as 128 bits of two independently seeded hashes: holding the keys of 200,000 records as
    /// strings costs more than the rest of the import; two keys that differ share a fingerprint with a probability
    /// of about 2^-128.
    struct Fingerprint
    {
        size_t first = 0;
        size_t second = 0;
        friend bool operator==(const Fingerprint &, const Fingerprint &) = default;
        friend size_t qHash(const Fingerprint &key, size_t seed = 0) noexcept { return key.first ^ seed; }
    };
    static Fingerprint fingerprint(const QString &key);
    void index(const QString &key, qint64 id);
    /// Switches this connection's triggers off while the writer lives, when the only triggers on the tables it
    /// writes are the search index's queue (see 003_search.sql): finish() then queues what they would have, in
    /// one statement instead of a trigger program and a statement journal per row.
    class TriggerPause;
    bool onlySearchTriggers(const QStringList &tables) const;
    void loadIndex();
    std::optional<Match> findDuplicate(const QStringList &keys) const;
    void remember(const NormalisedRow &row, const QStringList &keys, qint64 id);
    QStringList keysOf(const NormalisedRow &row) const;

    qint64 create(const NormalisedRow &row, Outcome &outcome);
    void update(qint64 id, const NormalisedRow &row, Outcome &outcome);
    /// Makes the organisation a member of the network; @p onlyJoin leaves an existing membership as it is.
    void ensureMembership(qint64 organisationId, const NormalisedRow &row, Outcome &outcome, bool onlyJoin = false);
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
    QString m_defaultStatus = QStringLiteral("active");
    QString m_defaultRole = QStringLiteral("member");
    QString m_defaultJoined;             ///< ISO date; empty: today
    QHash<Fingerprint, qint64> m_keys;   ///< duplicate keys -> the first record with each
    QHash<qint64, qint64> m_writtenLine; ///< record id -> the line of the file that created or updated it
    QHash<QString, QList<qint64>> m_nameCache;
    std::unique_ptr<TriggerPause> m_triggerPause;
    qint64 m_lastIdBefore = 0; ///< the highest id of that table before the import
    QSet<qint64> m_updated;    ///< records an update changed
    std::unique_ptr<RawStatement> m_insert;
    std::unique_ptr<RawStatement> m_insertExtra;
    std::unique_ptr<RawStatement> m_audit;
    std::unique_ptr<RawStatement> m_savepoint;
    std::unique_ptr<RawStatement> m_release;
    std::unique_ptr<RawStatement> m_rollback;
};

} // namespace AllianceDesk
