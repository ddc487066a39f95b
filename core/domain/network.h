#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace AllianceDesk {

/// An alliance node: global, regional, national, sub-national or local; networks form a tree.
struct Network
{
    qint64 id = 0;
    QString name;
    QString nativeName;
    QString acronym;
    QString level = QStringLiteral("national"); ///< Vocabulary::NetworkLevel
    std::optional<qint64> parentId;
    QString country; ///< ISO 3166-1 alpha-2, or empty
    QString region;
    QDate founded;
    QString website;
    QString status = QStringLiteral("active"); ///< Vocabulary::NetworkStatus
    QString goalLongTerm;
    QString goalShortTerm;
    QStringList strategies; ///< in the network's own order
    QString notes;
    bool isSample = false;
    qint64 rowVersion = 0; ///< as loaded; a save checks that no one changed the record since
};

} // namespace AllianceDesk
