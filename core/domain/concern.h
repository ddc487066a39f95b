#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace AllianceDesk {

/// A conduct concern about a member. Its confidential notes are protected.
struct Concern
{
    qint64 id = 0;
    qint64 organisationId = 0;
    std::optional<qint64> networkId;
    QDate received;
    QString category;                            ///< Vocabulary::ConcernCategory
    QString status = QStringLiteral("received"); ///< Vocabulary::ConcernStatus
    QDate closed;
    QString summary;
    QString actions;
    QString confidentialNotes;
    bool isSample = false;
    qint64 rowVersion = 0; ///< as loaded; a save checks that no one changed the record since
};

} // namespace AllianceDesk
