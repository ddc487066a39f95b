#pragma once

#include "importresult.h"
#include "rownormaliser.h"
#include "storage/entitywriter.h"
#include "storage/importstore.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace AllianceDesk {

/**
 * Writes normalised rows into the database inside the caller's transaction, through the storage's EntityWriter in
 * bulk mode (the writer the forms use, so an imported record leaves the audit trail an edited one does: created
 * with its name, each changed field of an update); finds the duplicates of each row (against the database and the
 * rows written before it) and lets the caller decide what to do with each. Values were validated before; the
 * schema's checks and triggers are the safety net, and a row they refuse is rolled back alone (a savepoint) and
 * reported.
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
    void loadIndex();
    std::optional<Match> findDuplicate(const QStringList &keys) const;
    void remember(const NormalisedRow &row, const QStringList &keys, qint64 id);
    QStringList keysOf(const NormalisedRow &row) const;

    qint64 create(const NormalisedRow &row, Outcome &outcome);
    void update(qint64 id, const NormalisedRow &row, Outcome &outcome);
    /// Makes the organisation a member of the network; @p onlyJoin leaves an existing membership as it is.
    void ensureMembership(qint64 organisationId, const NormalisedRow &row, Outcome &outcome, bool onlyJoin = false);
    std::optional<qint64> findByName(RecordKind kind, const QString &name, ImportField field, Outcome &outcome,
                                     const QString &what);
    /// The row's values of the record's own fields; @p updating leaves out the name and what the row does not have.
    FieldValues fieldValues(const NormalisedRow &row, bool updating) const;

    QSqlDatabase m_db;
    ImportStore m_store;
    RecordKind m_recordKind;
    EntityWriter *m_writer;
    /// The catalogue's fields an import column fills: field index -> import field.
    QList<QPair<int, ImportField>> m_columns;
    ImportKind m_kind;
    qint64 m_networkId;
    QString m_today;
    QString m_defaultStatus = QStringLiteral("active");
    QString m_defaultRole = QStringLiteral("member");
    QString m_defaultJoined;             ///< ISO date; empty: today
    QHash<Fingerprint, qint64> m_keys;   ///< duplicate keys -> the first record with each
    QHash<qint64, qint64> m_writtenLine; ///< record id -> the line of the file that created or updated it
    QHash<QString, QList<qint64>> m_nameCache;
    bool m_triggersPaused = false;
    QSet<qint64> m_updated; ///< records an update changed
};

} // namespace AllianceDesk
