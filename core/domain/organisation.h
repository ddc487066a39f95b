#pragma once

#include <QString>
#include <QStringList>

namespace AllianceDesk {

/// A member or partner organisation.
struct Organisation
{
    qint64 id = 0;
    QString name;
    QString nativeName;
    QString acronym;
    QString type = QStringLiteral("ngo"); ///< Vocabulary::OrganisationType
    QString country;                      ///< ISO 3166-1 alpha-2, or empty
    QString province;
    QString city;
    QString website;
    QString email;
    QString phone;
    QStringList focusAreas; ///< Vocabulary::FocusArea codes
    QString notes;
    bool isSample = false;
    qint64 rowVersion = 0; ///< as loaded; a save checks that no one changed the record since
};

} // namespace AllianceDesk
