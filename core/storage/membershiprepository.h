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
