#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace AllianceDesk {

/// One entry of a membership's status history.
struct MembershipStatusChange
{
    qint64 id = 0;
    QString status; ///< Vocabulary::MembershipStatus
    QDate effectiveDate;
    QString reason;
};

/// An organisation's membership of a network. Its status is the latest entry of an append-only history.
struct Membership
{
    qint64 id = 0;
    qint64 organisationId = 0;
    qint64 networkId = 0;
    QString role = QStringLiteral("member"); ///< Vocabulary::MembershipRole
    QDate codeOfConductSigned;
    QString notes;
    qint64 rowVersion = 0;                 ///< as loaded
    QList<MembershipStatusChange> history; ///< oldest first

    // Read-only, filled when loaded.
    QString organisationName;
    QString networkName;
    QString status() const { return history.isEmpty() ? QString() : history.constLast().status; }
};

} // namespace AllianceDesk
