#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace AllianceDesk {

/// A person's role at an organisation.
struct Affiliation
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 organisationId = 0;
    QString role;
    QString title;
    QDate start;
    QDate end;

    QString personName;       ///< filled when loaded
    QString organisationName; ///< filled when loaded
};

/// A contact person.
struct Person
{
    qint64 id = 0;
    QString name;
    QString nativeName;
    QString email;
    QString phone;
    QStringList languages; ///< ISO 639 codes
    QString country;
    QString notes;
    bool isSample = false;
    qint64 rowVersion = 0; ///< as loaded; a save checks that no one changed the record since
    QList<Affiliation> affiliations;
};

} // namespace AllianceDesk
