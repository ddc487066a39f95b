#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace AllianceDesk {

/// A symposium, webinar, training, dialogue or meeting.
struct Event
{
    qint64 id = 0;
    QString name;
    QString kind = QStringLiteral("meeting"); ///< Vocabulary::EventKind
    QDate start;
    QDate end;
    QString city;
    QString country;
    bool online = false;
    std::optional<qint64> organiserId;
    std::optional<qint64> networkId;
    std::optional<int> participantCount; ///< as reported, even when participants are not listed one by one
    std::optional<int> countryCount;
    QString description;
    bool isSample = false;
    qint64 rowVersion = 0; ///< as loaded; a save checks that no one changed the record since
};

struct EventParticipant
{
    qint64 id = 0;
    qint64 eventId = 0;
    std::optional<qint64> personId;
    QString name;
    std::optional<qint64> organisationId;
    QString country;
};

} // namespace AllianceDesk
