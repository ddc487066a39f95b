#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace AllianceDesk {

/// A support group run under a program. Its participants are recorded apart, by pseudonymous code.
struct SupportGroup
{
    qint64 id = 0;
    qint64 programId = 0;
    QString name;
    QString country;
    QString province;
    QString district;
    std::optional<qint64> facilitatorId;
    QDate founded;
    QString status = QStringLiteral("active"); ///< Vocabulary::SupportGroupStatus
    bool isSample = false;
    qint64 rowVersion = 0; ///< as loaded; a save checks that no one changed the record since

    QString programName;     ///< filled when loaded
    QString facilitatorName; ///< filled when loaded
};

struct Meeting
{
    qint64 id = 0;
    qint64 supportGroupId = 0;
    QDate date;
    QString topic;
    int attendance = 0;
    QString notes;
};

/// A support-group participant: a pseudonymous code; the identity only when a user deliberately records it.
struct Participant
{
    qint64 id = 0;
    qint64 supportGroupId = 0;
    QString code;
    QString identity; ///< protected: never shown, exported or audited by default
    QDate joined;
};

} // namespace AllianceDesk
