#pragma once

#include "domain/catalogue.h"
#include "entitywriter.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace AllianceDesk {

class RawStatement;

/**
 * What the import asks of the database besides writing records (those go through EntityWriter in bulk mode): the
 * records to find duplicates among, names to resolve references by, memberships and affiliations, a savepoint per
 * row, and the search index's queue. Statements are prepared once on the raw handle; everything runs inside the
 * caller's transaction.
 */
class ImportStore
{
public:
    explicit ImportStore(const QSqlDatabase &db);
    ~ImportStore();
    ImportStore(const ImportStore &) = delete;
    ImportStore &operator=(const ImportStore &) = delete;

    /// A record as duplicates are looked for (empty strings for NULLs).
    struct NamedRecord
    {
        qint64 id = 0;
        QString name;
        QString country;
        QString email;
        QString nativeName;
    };
    /// Every organisation or person (by @p kind).
    void forEachNamed(RecordKind kind, const std::function<void(const NamedRecord &)> &visit);
    void
    forEachMeeting(const std::function<void(qint64 id, qint64 group, const QString &date, const QString &topic)> &);
    /// Every event participant, with its person's email and its own or its person's name.
    void forEachEventParticipant(
        const std::function<void(qint64 id, qint64 event, const QString &email, const QString &name)> &visit);
    /// Every record of @p kind by its name, and an organisation by its acronym too (@p alternative, else empty).
    void forEachName(RecordKind kind,
                     const std::function<void(qint64 id, const QString &name, const QString &alternative)> &visit);
    /// The name a duplicate's record goes by in the import's report.
    QString duplicateName(RecordKind kind, qint64 id);
    std::optional<qint64> personByEmail(const QString &email);

    /// Adds the affiliation unless the person already has one with the organisation; true when added.
    bool ensureAffiliation(qint64 personId, qint64 organisationId, const QString &role, const QString &title);

    struct Membership
    {
        qint64 id = 0;
        QString role;
    };
    std::optional<Membership> membership(qint64 organisationId, qint64 networkId);
    /// A new membership with its first status (audited as created with the status).
    qint64 addMembership(qint64 organisationId, qint64 networkId, const QString &role, const QString &status,
                         const QString &date, const QString &reason);
    /// Changes a membership's role as a form's save would (row_version, audit).
    void setMembershipRole(const Membership &membership, const QString &role);
    struct Status
    {
        QString status;
        QString since;
    };
    std::optional<Status> latestStatus(qint64 membershipId);
    void addStatusChange(qint64 membershipId, const QString &status, const QString &date, const QString &reason,
                         const QString &previous);

    /// A row's savepoint: one refused row rolls back alone.
    void beginRow();
    void releaseRow();
    void rollbackRow();
    /// The rows changed on the connection so far (an update that changed nothing changes none).
    qint64 totalChanges() const;

    /**
     * Switches this connection's triggers off while the store lives when the only triggers on @p tables are the
     * search index's queue (see 003_search.sql); queueSearch() then queues what they would have, in one statement
     * instead of a trigger program and a statement journal per row. Returns whether it did.
     */
    bool pauseSearchTriggers(RecordKind kind, const QStringList &tables);
    /// Queues (list kind @p listKind) the records created since pauseSearchTriggers() and @p updated; with
    /// @p concernsListKind >= 0 also the concerns of the updated organisations.
    void queueSearch(int listKind, const QSet<qint64> &updated, int concernsListKind);

    EntityWriter &writer(RecordKind kind);

private:
    class TriggerPause;
    RawStatement &statement(const char *sql);

    QSqlDatabase m_db;
    sqlite3 *m_handle;
    QHash<const char *, std::shared_ptr<RawStatement>> m_statements;
    QHash<int, std::shared_ptr<EntityWriter>> m_writers;
    std::unique_ptr<TriggerPause> m_triggerPause;
    RecordKind m_pausedKind = RecordKind::Organisation;
    qint64 m_lastIdBefore = 0;
};

} // namespace AllianceDesk
