#pragma once

#include <QDate>
#include <QString>

namespace AllianceDesk {

/// Which organisation hosts a network's secretariat, from when to when. An invalid end date means "current".
struct SecretariatTerm
{
    qint64 id = 0;
    qint64 networkId = 0;
    qint64 organisationId = 0;
    QDate start;
    QDate end;
    QString precision = QStringLiteral("day"); ///< Vocabulary::DatePrecision: how exactly the sources date the term
    QString notes;
    qint64 rowVersion = 0; ///< as loaded

    QString organisationName; ///< filled when loaded
    bool isCurrent() const { return !end.isValid(); }
};

} // namespace AllianceDesk
