#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace AllianceDesk {

struct ProgramPlace
{
    QString country;
    QString province;
    QString district;
};

/// Reach a program reported for one period; a missing count was not reported.
struct ReachReport
{
    qint64 id = 0;
    qint64 programId = 0;
    QDate periodStart;
    QDate periodEnd;
    std::optional<int> villages;
    std::optional<int> districts;
    std::optional<int> institutions;
    std::optional<int> participants;
    QString note;
};

/// A program run by a lead organisation with partners, under a network.
struct Program
{
    qint64 id = 0;
    QString name;
    QString nativeName;
    QString acronym;
    std::optional<qint64> networkId;
    qint64 leadOrganisationId = 0;
    QList<qint64> partnerIds;
    QStringList themes;
    QString approach;   ///< Vocabulary::Approach, or empty
    QStringList levels; ///< Vocabulary::EcologicalLevel codes
    QList<ProgramPlace> places;
    QDate start;
    QDate end;
    QString description;
    bool isSample = false;
    qint64 rowVersion = 0; ///< as loaded; a save checks that no one changed the record since

    QString leadName;    ///< filled when loaded
    QString networkName; ///< filled when loaded
};

} // namespace AllianceDesk
