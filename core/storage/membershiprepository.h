#pragma once

#include "auditlog.h"
#include "domain/membership.h"
#include "recordremover.h"
#include "rowwriter.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace AllianceDesk {

/// Memberships and their append-only status history.
class MembershipRepository
{
public:
    explicit MembershipRepository(QSqlDatabase db);

    /// Adds a membership with its history (at least one status change, oldest first).
    qint64 add(const Membership &membership);
    /// What addToNetwork() did: the organisations it made members, and those already members it left as they were.
    struct BatchResult
    {
        QList<qint64> added;   ///< organisation ids, in the order given
        QList<qint64> skipped; ///< organisation ids already in the network (whatever their status)
    };
    /**
     * Makes each organisation of @p organisationIds a member of @p details' network, with @p details' role, status
     * history, code-of-conduct date and notes; an organisation that already has a membership of that network (even
     * a lapsed or withdrawn one, whose history is kept) is skipped; an id given twice counts once.
     */
    BatchResult addToNetwork(const QList<qint64> &organisationIds, const Membership &details);
    /// Appends a status change; it may not predate the latest one.
    void changeStatus(qint64 membershipId, const MembershipStatusChange &change);
    /// Saves the role, code-of-conduct date and notes; the status changes only through changeStatus().
    void updateDetails(const Membership &membership, RowWriter::OnConflict onConflict = RowWriter::OnConflict::Refuse);
    void remove(qint64 id, RecordRemover::Policy policy = RecordRemover::Policy::RefuseIfDependents);
    Membership get(qint64 id) const;
    QList<Membership> forNetwork(qint64 networkId) const;

    /// A network's members by current status: how many, and the first few by name (for a summary on screen).
    struct StatusGroup
    {
        QString status;
        int count = 0;
        QList<QPair<QString, QString>> first; ///< (organisation name, role code), by name
    };
    QList<StatusGroup> summaryForNetwork(qint64 networkId, int namesPerStatus) const;
    /// How many memberships (whatever their status) each network has, by network id; one query for every network.
    QHash<qint64, int> countByNetwork() const;
    QList<Membership> forOrganisation(qint64 organisationId) const;

private:
    QList<Membership> load(const QString &where, qint64 id) const;
    void appendChange(qint64 membershipId, const QString &record, const MembershipStatusChange &change);
    QSqlDatabase m_db;
    AuditLog m_audit;
};

} // namespace AllianceDesk
